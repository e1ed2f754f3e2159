using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoardRoom.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublicationRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "MinutesWorkflows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Revision",
                table: "MinutesWorkflows");
        }
    }
}
