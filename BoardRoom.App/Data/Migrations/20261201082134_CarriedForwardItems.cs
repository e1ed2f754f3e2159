using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoardRoom.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class CarriedForwardItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgendaItems_MeetingId",
                table: "AgendaItems");

            migrationBuilder.AddColumn<Guid>(
                name: "CarriedFromId",
                table: "AgendaItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId_CarriedFromId",
                table: "AgendaItems",
                columns: new[] { "MeetingId", "CarriedFromId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgendaItems_MeetingId_CarriedFromId",
                table: "AgendaItems");

            migrationBuilder.DropColumn(
                name: "CarriedFromId",
                table: "AgendaItems");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId",
                table: "AgendaItems",
                column: "MeetingId");
        }
    }
}
