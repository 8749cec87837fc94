using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiaoPerformance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class MeasurementAndReporting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Settings_EvidenceMaxMegabytes",
                table: "Municipalities",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EntePerformances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanCycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    EnteredByPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ValidatedByPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    ValidatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntePerformances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EntePerformances_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EntePerformances_PlanCycles_PlanCycleId",
                        column: x => x.PlanCycleId,
                        principalTable: "PlanCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveMeasurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanCycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    RuleValue = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    OverridePct = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    OverrideReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ThirdPartyDelay = table.Column<bool>(type: "boolean", nullable: false),
                    ThirdPartyReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ThirdPartyEvidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Excluded = table.Column<bool>(type: "boolean", nullable: false),
                    ExclusionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AgreedPct = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    AgreedExcluded = table.Column<bool>(type: "boolean", nullable: false),
                    AgreedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AgreedByPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveMeasurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectiveMeasurements_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ObjectiveMeasurements_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ObjectiveMeasurements_PlanCycles_PlanCycleId",
                        column: x => x.PlanCycleId,
                        principalTable: "PlanCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanCycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    RealizedPct = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    MeasuredValue = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: true),
                    ReachedStep = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReportText = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SubmittedByPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectiveReports_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ObjectiveReports_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ObjectiveReports_PlanCycles_PlanCycleId",
                        column: x => x.PlanCycleId,
                        principalTable: "PlanCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveMeasurementEvents",
                columns: table => new
                {
                    Order = table.Column<int>(type: "integer", nullable: false),
                    MeasurementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ByPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveMeasurementEvents", x => new { x.MeasurementId, x.Order });
                    table.ForeignKey(
                        name: "FK_ObjectiveMeasurementEvents_ObjectiveMeasurements_Measuremen~",
                        column: x => x.MeasurementId,
                        principalTable: "ObjectiveMeasurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveMeasurementSignOffs",
                columns: table => new
                {
                    MemberPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeasurementId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignedPct = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    SignedExcluded = table.Column<bool>(type: "boolean", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveMeasurementSignOffs", x => new { x.MeasurementId, x.MemberPersonId });
                    table.ForeignKey(
                        name: "FK_ObjectiveMeasurementSignOffs_ObjectiveMeasurements_Measurem~",
                        column: x => x.MeasurementId,
                        principalTable: "ObjectiveMeasurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    UploadedByPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_ObjectiveReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ObjectiveReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveReportActs",
                columns: table => new
                {
                    Order = table.Column<int>(type: "integer", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveReportActs", x => new { x.ReportId, x.Order });
                    table.ForeignKey(
                        name: "FK_ObjectiveReportActs_ObjectiveReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ObjectiveReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveReportProgress",
                columns: table => new
                {
                    Order = table.Column<int>(type: "integer", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ProgressPct = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    ByPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsLate = table.Column<bool>(type: "boolean", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveReportProgress", x => new { x.ReportId, x.Order });
                    table.ForeignKey(
                        name: "FK_ObjectiveReportProgress_ObjectiveReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ObjectiveReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveReportReopenings",
                columns: table => new
                {
                    Order = table.Column<int>(type: "integer", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ByPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveReportReopenings", x => new { x.ReportId, x.Order });
                    table.ForeignKey(
                        name: "FK_ObjectiveReportReopenings_ObjectiveReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ObjectiveReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceContents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceContents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceContents_EvidenceFiles_Id",
                        column: x => x.Id,
                        principalTable: "EvidenceFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvidenceContents_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EntePerformances_MunicipalityId",
                table: "EntePerformances",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_EntePerformances_PlanCycleId_Year",
                table: "EntePerformances",
                columns: new[] { "PlanCycleId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceContents_MunicipalityId",
                table: "EvidenceContents",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_MunicipalityId",
                table: "EvidenceFiles",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_ObjectiveId",
                table: "EvidenceFiles",
                column: "ObjectiveId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_ReportId",
                table: "EvidenceFiles",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveMeasurementEvents_MunicipalityId",
                table: "ObjectiveMeasurementEvents",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveMeasurements_MunicipalityId",
                table: "ObjectiveMeasurements",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveMeasurements_ObjectiveId_Year",
                table: "ObjectiveMeasurements",
                columns: new[] { "ObjectiveId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveMeasurements_PlanCycleId_Year",
                table: "ObjectiveMeasurements",
                columns: new[] { "PlanCycleId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveMeasurementSignOffs_MunicipalityId",
                table: "ObjectiveMeasurementSignOffs",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveReportActs_MunicipalityId",
                table: "ObjectiveReportActs",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveReportProgress_MunicipalityId",
                table: "ObjectiveReportProgress",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveReportReopenings_MunicipalityId",
                table: "ObjectiveReportReopenings",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveReports_MunicipalityId",
                table: "ObjectiveReports",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveReports_ObjectiveId_Year",
                table: "ObjectiveReports",
                columns: new[] { "ObjectiveId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveReports_PlanCycleId_Year",
                table: "ObjectiveReports",
                columns: new[] { "PlanCycleId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EntePerformances");

            migrationBuilder.DropTable(
                name: "EvidenceContents");

            migrationBuilder.DropTable(
                name: "ObjectiveMeasurementEvents");

            migrationBuilder.DropTable(
                name: "ObjectiveMeasurementSignOffs");

            migrationBuilder.DropTable(
                name: "ObjectiveReportActs");

            migrationBuilder.DropTable(
                name: "ObjectiveReportProgress");

            migrationBuilder.DropTable(
                name: "ObjectiveReportReopenings");

            migrationBuilder.DropTable(
                name: "EvidenceFiles");

            migrationBuilder.DropTable(
                name: "ObjectiveMeasurements");

            migrationBuilder.DropTable(
                name: "ObjectiveReports");

            migrationBuilder.DropColumn(
                name: "Settings_EvidenceMaxMegabytes",
                table: "Municipalities");
        }
    }
}
