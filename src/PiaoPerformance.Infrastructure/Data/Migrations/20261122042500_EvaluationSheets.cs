using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiaoPerformance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class EvaluationSheets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvaluationSheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObservationsDue = table.Column<DateOnly>(type: "date", nullable: true),
                    ObservedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Observations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReviewDue = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewedByPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ContestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ContestNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ValidatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidatedByPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanCycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EvaluatorKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EntePerformance = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    WrittenReprimands = table.Column<int>(type: "integer", nullable: false),
                    Fines = table.Column<int>(type: "integer", nullable: false),
                    Suspensions = table.Column<int>(type: "integer", nullable: false),
                    Dismissed = table.Column<bool>(type: "boolean", nullable: false),
                    ServiceFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ServiceTo = table.Column<DateOnly>(type: "date", nullable: true),
                    PartTimePct = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    VerticalPartTime = table.Column<bool>(type: "boolean", nullable: false),
                    ProtectedAbsence = table.Column<bool>(type: "boolean", nullable: false),
                    AbsenceDays = table.Column<int>(type: "integer", nullable: false),
                    MaximumPay = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    InterimIncrease = table.Column<bool>(type: "boolean", nullable: false),
                    PaymentTimesMet = table.Column<bool>(type: "boolean", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationSheets_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationSheets_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationSheets_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationSheets_People_ValidatedByPersonId",
                        column: x => x.ValidatedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationSheets_PlanCycles_PlanCycleId",
                        column: x => x.PlanCycleId,
                        principalTable: "PlanCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceFunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanCycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    SupplementPct = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    SupplementQuotaPct = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceFunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceFunds_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceFunds_PlanCycles_PlanCycleId",
                        column: x => x.PlanCycleId,
                        principalTable: "PlanCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationSheetEvaluators",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationSheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationSheetEvaluators", x => new { x.EvaluationSheetId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_EvaluationSheetEvaluators_EvaluationSheets_EvaluationSheetId",
                        column: x => x.EvaluationSheetId,
                        principalTable: "EvaluationSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationSheetEvaluators_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationSheetEvaluators_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationSheetObjectives",
                columns: table => new
                {
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationSheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    AgreedPct = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    Excluded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationSheetObjectives", x => new { x.EvaluationSheetId, x.ObjectiveId });
                    table.ForeignKey(
                        name: "FK_EvaluationSheetObjectives_EvaluationSheets_EvaluationSheetId",
                        column: x => x.EvaluationSheetId,
                        principalTable: "EvaluationSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationSheetObjectives_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationSheetPartials",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    EvaluationSheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluatorPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Scores = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationSheetPartials", x => new { x.EvaluationSheetId, x.Number });
                    table.ForeignKey(
                        name: "FK_EvaluationSheetPartials_EvaluationSheets_EvaluationSheetId",
                        column: x => x.EvaluationSheetId,
                        principalTable: "EvaluationSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationSheetPartials_People_EvaluatorPersonId",
                        column: x => x.EvaluatorPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationSheetScores",
                columns: table => new
                {
                    ItemIndex = table.Column<int>(type: "integer", nullable: false),
                    EvaluationSheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationSheetScores", x => new { x.EvaluationSheetId, x.ItemIndex });
                    table.ForeignKey(
                        name: "FK_EvaluationSheetScores_EvaluationSheets_EvaluationSheetId",
                        column: x => x.EvaluationSheetId,
                        principalTable: "EvaluationSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationSheetVersions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    EvaluationSheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    ByPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Scores = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EntePerformance = table.Column<decimal>(type: "numeric(28,12)", precision: 28, scale: 12, nullable: false),
                    ObjectivesSum = table.Column<decimal>(type: "numeric(28,12)", precision: 28, scale: 12, nullable: false),
                    A = table.Column<decimal>(type: "numeric(28,12)", precision: 28, scale: 12, nullable: false),
                    B = table.Column<decimal>(type: "numeric(28,12)", precision: 28, scale: 12, nullable: false),
                    C = table.Column<decimal>(type: "numeric(28,12)", precision: 28, scale: 12, nullable: false),
                    D = table.Column<decimal>(type: "numeric(28,12)", precision: 28, scale: 12, nullable: false),
                    SanctionCutPct = table.Column<decimal>(type: "numeric(28,12)", precision: 28, scale: 12, nullable: false),
                    DAfterSanctions = table.Column<decimal>(type: "numeric(28,12)", precision: 28, scale: 12, nullable: false),
                    BandLabel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BandPayPct = table.Column<decimal>(type: "numeric(28,12)", precision: 28, scale: 12, nullable: true),
                    Negative = table.Column<bool>(type: "boolean", nullable: false),
                    Evaluable = table.Column<bool>(type: "boolean", nullable: false),
                    NotEvaluableReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ServiceFactor = table.Column<decimal>(type: "numeric(28,12)", precision: 28, scale: 12, nullable: false),
                    Pay = table.Column<decimal>(type: "numeric(28,12)", precision: 28, scale: 12, nullable: true),
                    Explanation = table.Column<string>(type: "text", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationSheetVersions", x => new { x.EvaluationSheetId, x.Number });
                    table.ForeignKey(
                        name: "FK_EvaluationSheetVersions_EvaluationSheets_EvaluationSheetId",
                        column: x => x.EvaluationSheetId,
                        principalTable: "EvaluationSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationSheetVersions_People_ByPersonId",
                        column: x => x.ByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceFundHeadcounts",
                columns: table => new
                {
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PerformanceFundId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceFundHeadcounts", x => new { x.PerformanceFundId, x.OrgUnitId, x.Area });
                    table.ForeignKey(
                        name: "FK_PerformanceFundHeadcounts_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceFundHeadcounts_PerformanceFunds_PerformanceFundId",
                        column: x => x.PerformanceFundId,
                        principalTable: "PerformanceFunds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheetEvaluators_MunicipalityId",
                table: "EvaluationSheetEvaluators",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheetEvaluators_OrgUnitId",
                table: "EvaluationSheetEvaluators",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheetEvaluators_PersonId",
                table: "EvaluationSheetEvaluators",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheetObjectives_MunicipalityId",
                table: "EvaluationSheetObjectives",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheetObjectives_ObjectiveId",
                table: "EvaluationSheetObjectives",
                column: "ObjectiveId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheetPartials_EvaluatorPersonId",
                table: "EvaluationSheetPartials",
                column: "EvaluatorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheetPartials_MunicipalityId",
                table: "EvaluationSheetPartials",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheets_MunicipalityId",
                table: "EvaluationSheets",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheets_OrgUnitId",
                table: "EvaluationSheets",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheets_PersonId_Year_Role_OrgUnitId",
                table: "EvaluationSheets",
                columns: new[] { "PersonId", "Year", "Role", "OrgUnitId" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheets_PlanCycleId_Year",
                table: "EvaluationSheets",
                columns: new[] { "PlanCycleId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheets_ValidatedByPersonId",
                table: "EvaluationSheets",
                column: "ValidatedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheetScores_MunicipalityId",
                table: "EvaluationSheetScores",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheetVersions_ByPersonId",
                table: "EvaluationSheetVersions",
                column: "ByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheetVersions_MunicipalityId",
                table: "EvaluationSheetVersions",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceFundHeadcounts_MunicipalityId",
                table: "PerformanceFundHeadcounts",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceFundHeadcounts_OrgUnitId",
                table: "PerformanceFundHeadcounts",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceFunds_MunicipalityId",
                table: "PerformanceFunds",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceFunds_MunicipalityId_Year",
                table: "PerformanceFunds",
                columns: new[] { "MunicipalityId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceFunds_PlanCycleId",
                table: "PerformanceFunds",
                column: "PlanCycleId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationSheetEvaluators");

            migrationBuilder.DropTable(
                name: "EvaluationSheetObjectives");

            migrationBuilder.DropTable(
                name: "EvaluationSheetPartials");

            migrationBuilder.DropTable(
                name: "EvaluationSheetScores");

            migrationBuilder.DropTable(
                name: "EvaluationSheetVersions");

            migrationBuilder.DropTable(
                name: "PerformanceFundHeadcounts");

            migrationBuilder.DropTable(
                name: "EvaluationSheets");

            migrationBuilder.DropTable(
                name: "PerformanceFunds");
        }
    }
}
