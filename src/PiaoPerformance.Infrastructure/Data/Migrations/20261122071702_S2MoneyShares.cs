using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiaoPerformance.Infrastructure.Data.Migrations
{
    /// <summary>
    /// SPEC §4.16, the S2 money-share model: the CCDI sum for organisational performance on the fund, and on each sheet
    /// objective the payment-times mark and the number of employees the card involves.
    /// </summary>
    public partial class S2MoneyShares : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "OrganisationalPerformanceSum",
                table: "PerformanceFunds",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPaymentTimes",
                table: "EvaluationSheetObjectives",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "SharedBy",
                table: "EvaluationSheetObjectives",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            // Sheets opened before: the payment-times mark and the people involved come from their cards, as on opening.
            migrationBuilder.Sql("""
                UPDATE "EvaluationSheetObjectives" s SET "IsPaymentTimes" = o."IsPaymentTimes"
                FROM "Objectives" o WHERE o."Id" = s."ObjectiveId";
                UPDATE "EvaluationSheetObjectives" s SET "SharedBy" = GREATEST(1, (SELECT count(*) FROM "ObjectiveStaff" st WHERE st."ObjectiveId" = s."ObjectiveId"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OrganisationalPerformanceSum",
                table: "PerformanceFunds");

            migrationBuilder.DropColumn(
                name: "IsPaymentTimes",
                table: "EvaluationSheetObjectives");

            migrationBuilder.DropColumn(
                name: "SharedBy",
                table: "EvaluationSheetObjectives");
        }
    }
}
