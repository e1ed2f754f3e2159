using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoardRoom.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class CommentThreads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MinutesCommentThreads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnchorStart = table.Column<int>(type: "INTEGER", nullable: false),
                    AnchorEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    AnchorRevision = table.Column<long>(type: "INTEGER", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedByName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesCommentThreads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesCommentThreads_Boards_BoardId",
                        column: x => x.BoardId,
                        principalTable: "Boards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MinutesCommentThreads_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MinutesCommentThreads_MinutesSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "MinutesSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MinutesCommentReplies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThreadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesCommentReplies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesCommentReplies_MinutesCommentThreads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "MinutesCommentThreads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MinutesCommentReplies_ThreadId",
                table: "MinutesCommentReplies",
                column: "ThreadId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesCommentThreads_BoardId",
                table: "MinutesCommentThreads",
                column: "BoardId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesCommentThreads_MeetingId_ResolvedAt",
                table: "MinutesCommentThreads",
                columns: new[] { "MeetingId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MinutesCommentThreads_SectionId_OpenedAt",
                table: "MinutesCommentThreads",
                columns: new[] { "SectionId", "OpenedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MinutesCommentReplies");

            migrationBuilder.DropTable(
                name: "MinutesCommentThreads");
        }
    }
}
