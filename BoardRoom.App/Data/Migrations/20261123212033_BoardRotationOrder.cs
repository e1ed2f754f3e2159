using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoardRoom.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class BoardRotationOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RotationOrder",
                table: "Boards",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "England,Scotland,Wales,NorthernIreland");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RotationOrder",
                table: "Boards");
        }
    }
}
