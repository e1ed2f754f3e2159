using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoardRoom.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class Publication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MinutesWorkflows",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesWorkflows", x => x.MeetingId);
                    table.ForeignKey(
                        name: "FK_MinutesWorkflows_Boards_BoardId",
                        column: x => x.BoardId,
                        principalTable: "Boards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MinutesWorkflows_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MinutesPublications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MeetingStartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CorrectionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PublicSha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    FullSha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesPublications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesPublications_Boards_BoardId",
                        column: x => x.BoardId,
                        principalTable: "Boards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MinutesPublications_MinutesWorkflows_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "MinutesWorkflows",
                        principalColumn: "MeetingId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MinutesReviewComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Author = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesReviewComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesReviewComments_MinutesWorkflows_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "MinutesWorkflows",
                        principalColumn: "MeetingId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MinutesSignatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesSignatures_MinutesWorkflows_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "MinutesWorkflows",
                        principalColumn: "MeetingId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MinutesWorkflowHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    By = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 1200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesWorkflowHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesWorkflowHistory_MinutesWorkflows_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "MinutesWorkflows",
                        principalColumn: "MeetingId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MinutesPublicationContents",
                columns: table => new
                {
                    PublicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublicHtml = table.Column<string>(type: "TEXT", nullable: false),
                    PublicPdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    FullPdf = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesPublicationContents", x => x.PublicationId);
                    table.ForeignKey(
                        name: "FK_MinutesPublicationContents_MinutesPublications_PublicationId",
                        column: x => x.PublicationId,
                        principalTable: "MinutesPublications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MinutesPublications_BoardId_PublishedAt",
                table: "MinutesPublications",
                columns: new[] { "BoardId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MinutesPublications_MeetingId_Version",
                table: "MinutesPublications",
                columns: new[] { "MeetingId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MinutesReviewComments_MeetingId",
                table: "MinutesReviewComments",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesSignatures_MeetingId_PersonId",
                table: "MinutesSignatures",
                columns: new[] { "MeetingId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MinutesWorkflowHistory_MeetingId",
                table: "MinutesWorkflowHistory",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesWorkflows_BoardId",
                table: "MinutesWorkflows",
                column: "BoardId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MinutesPublicationContents");

            migrationBuilder.DropTable(
                name: "MinutesReviewComments");

            migrationBuilder.DropTable(
                name: "MinutesSignatures");

            migrationBuilder.DropTable(
                name: "MinutesWorkflowHistory");

            migrationBuilder.DropTable(
                name: "MinutesPublications");

            migrationBuilder.DropTable(
                name: "MinutesWorkflows");
        }
    }
}
