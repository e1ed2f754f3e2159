using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoardRoom.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class Suggestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MinutesSuggestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnchorStart = table.Column<int>(type: "INTEGER", nullable: false),
                    AnchorEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    AnchorRevision = table.Column<long>(type: "INTEGER", nullable: false),
                    Original = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Replacement = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedRevision = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesSuggestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesSuggestions_Boards_BoardId",
                        column: x => x.BoardId,
                        principalTable: "Boards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MinutesSuggestions_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MinutesSuggestions_MinutesSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "MinutesSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MinutesSuggestions_BoardId",
                table: "MinutesSuggestions",
                column: "BoardId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesSuggestions_MeetingId_Status",
                table: "MinutesSuggestions",
                columns: new[] { "MeetingId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MinutesSuggestions_SectionId_At",
                table: "MinutesSuggestions",
                columns: new[] { "SectionId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MinutesSuggestions");
        }
    }
}
