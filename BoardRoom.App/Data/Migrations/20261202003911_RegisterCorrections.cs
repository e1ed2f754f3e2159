using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoardRoom.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegisterCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Decisions",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                // Decisions recorded before corrections existed are in force.
                defaultValue: "InForce");

            migrationBuilder.AddColumn<Guid>(
                name: "SupersededById",
                table: "Decisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ActionChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActionItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    By = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionChanges_Actions_ActionItemId",
                        column: x => x.ActionItemId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DecisionChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    By = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionChanges_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SupersededById",
                table: "Decisions",
                column: "SupersededById");

            migrationBuilder.CreateIndex(
                name: "IX_ActionChanges_ActionItemId_At",
                table: "ActionChanges",
                columns: new[] { "ActionItemId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionChanges_DecisionId_At",
                table: "DecisionChanges",
                columns: new[] { "DecisionId", "At" });

            migrationBuilder.AddForeignKey(
                name: "FK_Decisions_Decisions_SupersededById",
                table: "Decisions",
                column: "SupersededById",
                principalTable: "Decisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Decisions_Decisions_SupersededById",
                table: "Decisions");

            migrationBuilder.DropTable(
                name: "ActionChanges");

            migrationBuilder.DropTable(
                name: "DecisionChanges");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_SupersededById",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "SupersededById",
                table: "Decisions");
        }
    }
}
