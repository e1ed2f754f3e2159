using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoardRoom.App.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ForumSubscriptionsAndReminderDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ActionReminderDays",
                table: "Boards",
                type: "integer",
                nullable: false,
                defaultValue: 7);

            migrationBuilder.CreateTable(
                name: "ForumSubscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BoardId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ConfirmationSentAt = table.Column<long>(type: "bigint", nullable: true),
                    ConfirmedAt = table.Column<long>(type: "bigint", nullable: true),
                    UnsubscribedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ForumSubscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ForumSubscriptions_Boards_BoardId",
                        column: x => x.BoardId,
                        principalTable: "Boards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ForumSubscriptions_BoardId_Email",
                table: "ForumSubscriptions",
                columns: new[] { "BoardId", "Email" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ForumSubscriptions");

            migrationBuilder.DropColumn(
                name: "ActionReminderDays",
                table: "Boards");
        }
    }
}
