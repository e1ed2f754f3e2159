using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoardRoom.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class ItemsNotReached : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "AgendaItems",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Pending");

            // Before this column, closing a meeting recorded nothing of items not reached: the minutes of meetings
            // already closed have always treated every item as taken, and so do these rows.
            migrationBuilder.Sql(
                "UPDATE AgendaItems SET Outcome = 'Taken' WHERE MeetingId IN (SELECT Id FROM Meetings WHERE Status = 'Closed');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "AgendaItems");
        }
    }
}
