using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiaoPerformance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlanLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ApprovalDeliberationDate",
                table: "PlanCycles",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovalDeliberationNumber",
                table: "PlanCycles",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ApprovedAt",
                table: "PlanCycles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ApprovedByPersonId",
                table: "PlanCycles",
                type: "uuid",
                nullable: true);

            // Every plan that exists is its first version.
            migrationBuilder.AddColumn<int>(
                name: "VersionNumber",
                table: "PlanCycles",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "PlanUnitSubmissions",
                columns: table => new
                {
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanCycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsSubmitted = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedByPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReturnReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanUnitSubmissions", x => new { x.PlanCycleId, x.OrgUnitId });
                    table.ForeignKey(
                        name: "FK_PlanUnitSubmissions_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanUnitSubmissions_PlanCycles_PlanCycleId",
                        column: x => x.PlanCycleId,
                        principalTable: "PlanCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanVariations",
                columns: table => new
                {
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    PlanCycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ActNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedByPersonId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanVariations", x => new { x.PlanCycleId, x.VersionNumber });
                    table.ForeignKey(
                        name: "FK_PlanVariations_PlanCycles_PlanCycleId",
                        column: x => x.PlanCycleId,
                        principalTable: "PlanCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanCycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    DeliberationNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DeliberationDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedByPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VariationReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    VariationActNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    VariationActDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanJson = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanVersions_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanVersions_PlanCycles_PlanCycleId",
                        column: x => x.PlanCycleId,
                        principalTable: "PlanCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanUnitSubmissions_MunicipalityId",
                table: "PlanUnitSubmissions",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanUnitSubmissions_OrgUnitId",
                table: "PlanUnitSubmissions",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanVariations_MunicipalityId",
                table: "PlanVariations",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_MunicipalityId",
                table: "PlanVersions",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_PlanCycleId_VersionNumber",
                table: "PlanVersions",
                columns: new[] { "PlanCycleId", "VersionNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanUnitSubmissions");

            migrationBuilder.DropTable(
                name: "PlanVariations");

            migrationBuilder.DropTable(
                name: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "ApprovalDeliberationDate",
                table: "PlanCycles");

            migrationBuilder.DropColumn(
                name: "ApprovalDeliberationNumber",
                table: "PlanCycles");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "PlanCycles");

            migrationBuilder.DropColumn(
                name: "ApprovedByPersonId",
                table: "PlanCycles");

            migrationBuilder.DropColumn(
                name: "VersionNumber",
                table: "PlanCycles");
        }
    }
}
