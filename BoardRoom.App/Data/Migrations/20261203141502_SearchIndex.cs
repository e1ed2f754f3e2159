using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoardRoom.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SearchEntries_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SearchEntries_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SearchIndexState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    BuiltAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchIndexState", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_AgendaItemId",
                table: "SearchEntries",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Kind_SourceId",
                table: "SearchEntries",
                columns: new[] { "Kind", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_MeetingId",
                table: "SearchEntries",
                column: "MeetingId");

            // The engine's full-text index over SearchEntries (docs/decisions/014): one version of the SQL, kept in Features/Search.
            migrationBuilder.Sql(Features.Search.SearchSql.SqliteCreateV1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Features.Search.SearchSql.SqliteDropV1);

            migrationBuilder.DropTable(
                name: "SearchEntries");

            migrationBuilder.DropTable(
                name: "SearchIndexState");
        }
    }
}
