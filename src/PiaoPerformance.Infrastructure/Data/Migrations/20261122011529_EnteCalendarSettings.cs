using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiaoPerformance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class EnteCalendarSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Settings_PatronSaintDay",
                table: "Municipalities",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Settings_PatronSaintMonth",
                table: "Municipalities",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Settings_PatronSaintName",
                table: "Municipalities",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Settings_WorkingWeek",
                table: "Municipalities",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "MondayToFriday");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Settings_PatronSaintDay",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "Settings_PatronSaintMonth",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "Settings_PatronSaintName",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "Settings_WorkingWeek",
                table: "Municipalities");
        }
    }
}
