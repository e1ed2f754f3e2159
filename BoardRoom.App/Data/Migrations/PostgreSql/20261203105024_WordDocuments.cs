using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoardRoom.App.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class WordDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "FullDocx",
                table: "MinutesPublicationContents",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "PublicDocx",
                table: "MinutesPublicationContents",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FullDocx",
                table: "MinutesPublicationContents");

            migrationBuilder.DropColumn(
                name: "PublicDocx",
                table: "MinutesPublicationContents");
        }
    }
}
