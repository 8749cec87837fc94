using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PiaoPerformance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialPlanningModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Municipalities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Province = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Mayor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UnionName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UnitLabel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    Settings_CrossCuttingAppliesToSecretary = table.Column<bool>(type: "boolean", nullable: false),
                    Settings_RequiredWeightTotal = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Municipalities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BudgetProgrammes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mission = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Programme = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    MissionName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProgrammeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetProgrammes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetProgrammes_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DupCodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DupCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DupCodes_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MandateLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MandateLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MandateLines_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrgUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Heading = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    PoliticalOwner = table.Column<string>(type: "text", nullable: true),
                    HumanResourcesNote = table.Column<string>(type: "text", nullable: true),
                    FinancialResourcesNote = table.Column<string>(type: "text", nullable: true),
                    AssetsNote = table.Column<string>(type: "text", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrgUnits_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrgUnits_OrgUnits_ParentId",
                        column: x => x.ParentId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    GivenName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FamilyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanCycles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartYear = table.Column<int>(type: "integer", nullable: false),
                    EndYear = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Annex = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanCycles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanCycles_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ManagerAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    IsInterim = table.Column<bool>(type: "boolean", nullable: false),
                    ScopeServices = table.Column<string[]>(type: "text[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ManagerAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ManagerAssignments_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ManagerAssignments_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ManagerAssignments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProfileTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ClassificationArea = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PartTimePct = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    PartTimeType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffAssignments_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StaffAssignments_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StaffAssignments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Objectives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanCycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ParentObjectiveId = table.Column<Guid>(type: "uuid", nullable: true),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResponsiblePersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Theme = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Title = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    DupCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Weight = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    ShareOfParentPct = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ExpectedResult = table.Column<string>(type: "text", nullable: true),
                    VerificationMethod = table.Column<string>(type: "text", nullable: true),
                    Stakeholders = table.Column<string>(type: "text", nullable: true),
                    ExternalContributors = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CancellationReason = table.Column<string>(type: "text", nullable: true),
                    IsContingent = table.Column<bool>(type: "boolean", nullable: false),
                    IsPaymentTimes = table.Column<bool>(type: "boolean", nullable: false),
                    ReviewNote = table.Column<string>(type: "text", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Objectives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Objectives_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Objectives_Objectives_ParentObjectiveId",
                        column: x => x.ParentObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Objectives_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Objectives_People_ResponsiblePersonId",
                        column: x => x.ResponsiblePersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Objectives_PlanCycles_PlanCycleId",
                        column: x => x.PlanCycleId,
                        principalTable: "PlanCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanNotes",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    PlanCycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanNotes", x => new { x.PlanCycleId, x.Kind, x.Order });
                    table.ForeignKey(
                        name: "FK_PlanNotes_PlanCycles_PlanCycleId",
                        column: x => x.PlanCycleId,
                        principalTable: "PlanCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    FormulaText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Polarity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Target = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Baseline = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DataSource = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveAchievementRules",
                columns: table => new
                {
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MeasureUnit = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveAchievementRules", x => x.ObjectiveId);
                    table.ForeignKey(
                        name: "FK_ObjectiveAchievementRules_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveBudgetLinks",
                columns: table => new
                {
                    BudgetProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveBudgetLinks", x => new { x.ObjectiveId, x.BudgetProgrammeId });
                    table.ForeignKey(
                        name: "FK_ObjectiveBudgetLinks_BudgetProgrammes_BudgetProgrammeId",
                        column: x => x.BudgetProgrammeId,
                        principalTable: "BudgetProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ObjectiveBudgetLinks_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveContributions",
                columns: table => new
                {
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContributionPct = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    ExpectedValue = table.Column<string>(type: "text", nullable: true),
                    MeasurementIndicators = table.Column<string>(type: "text", nullable: true),
                    ExpectedOutcome = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveContributions", x => new { x.ObjectiveId, x.OrgUnitId });
                    table.ForeignKey(
                        name: "FK_ObjectiveContributions_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ObjectiveContributions_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveMandateLines",
                columns: table => new
                {
                    MandateLineId = table.Column<Guid>(type: "uuid", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveMandateLines", x => new { x.ObjectiveId, x.MandateLineId });
                    table.ForeignKey(
                        name: "FK_ObjectiveMandateLines_MandateLines_MandateLineId",
                        column: x => x.MandateLineId,
                        principalTable: "MandateLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ObjectiveMandateLines_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveStaff",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveStaff", x => new { x.ObjectiveId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_ObjectiveStaff_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ObjectiveStaff_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveWeightingGrids",
                columns: table => new
                {
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    Importance = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ExternalImpact = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Complexity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Feasibility = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveWeightingGrids", x => x.ObjectiveId);
                    table.ForeignKey(
                        name: "FK_ObjectiveWeightingGrids_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Phases",
                columns: table => new
                {
                    Order = table.Column<int>(type: "integer", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Completed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Phases", x => new { x.ObjectiveId, x.Order });
                    table.ForeignKey(
                        name: "FK_Phases_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YearTargets",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    NotApplicable = table.Column<bool>(type: "boolean", nullable: false),
                    ExpectedPct = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    ActualPct = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearTargets", x => new { x.ObjectiveId, x.Year });
                    table.ForeignKey(
                        name: "FK_YearTargets_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorHistory",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorHistory", x => new { x.IndicatorId, x.Year });
                    table.ForeignKey(
                        name: "FK_IndicatorHistory_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveAchievementSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Label = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AchievementPct = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    LowerBound = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: true),
                    AchievementRuleObjectiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveAchievementSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectiveAchievementSteps_ObjectiveAchievementRules_Achieve~",
                        column: x => x.AchievementRuleObjectiveId,
                        principalTable: "ObjectiveAchievementRules",
                        principalColumn: "ObjectiveId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetProgrammes_MunicipalityId",
                table: "BudgetProgrammes",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetProgrammes_MunicipalityId_Mission_Programme",
                table: "BudgetProgrammes",
                columns: new[] { "MunicipalityId", "Mission", "Programme" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DupCodes_MunicipalityId",
                table: "DupCodes",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_DupCodes_MunicipalityId_Code",
                table: "DupCodes",
                columns: new[] { "MunicipalityId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorHistory_MunicipalityId",
                table: "IndicatorHistory",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_MunicipalityId",
                table: "Indicators",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_ObjectiveId",
                table: "Indicators",
                column: "ObjectiveId");

            migrationBuilder.CreateIndex(
                name: "IX_ManagerAssignments_MunicipalityId",
                table: "ManagerAssignments",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ManagerAssignments_OrgUnitId",
                table: "ManagerAssignments",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ManagerAssignments_PersonId",
                table: "ManagerAssignments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MandateLines_MunicipalityId",
                table: "MandateLines",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_MandateLines_MunicipalityId_Name",
                table: "MandateLines",
                columns: new[] { "MunicipalityId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_Code",
                table: "Municipalities",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveAchievementRules_MunicipalityId",
                table: "ObjectiveAchievementRules",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveAchievementSteps_AchievementRuleObjectiveId",
                table: "ObjectiveAchievementSteps",
                column: "AchievementRuleObjectiveId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveAchievementSteps_MunicipalityId",
                table: "ObjectiveAchievementSteps",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveBudgetLinks_BudgetProgrammeId",
                table: "ObjectiveBudgetLinks",
                column: "BudgetProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveBudgetLinks_MunicipalityId",
                table: "ObjectiveBudgetLinks",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveContributions_MunicipalityId",
                table: "ObjectiveContributions",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveContributions_OrgUnitId",
                table: "ObjectiveContributions",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveMandateLines_MandateLineId",
                table: "ObjectiveMandateLines",
                column: "MandateLineId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveMandateLines_MunicipalityId",
                table: "ObjectiveMandateLines",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Objectives_MunicipalityId",
                table: "Objectives",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Objectives_OwnerUnitId",
                table: "Objectives",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Objectives_ParentObjectiveId",
                table: "Objectives",
                column: "ParentObjectiveId");

            migrationBuilder.CreateIndex(
                name: "IX_Objectives_PlanCycleId_OwnerUnitId_SortOrder",
                table: "Objectives",
                columns: new[] { "PlanCycleId", "OwnerUnitId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_Objectives_ResponsiblePersonId",
                table: "Objectives",
                column: "ResponsiblePersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveStaff_MunicipalityId",
                table: "ObjectiveStaff",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveStaff_PersonId",
                table: "ObjectiveStaff",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveWeightingGrids_MunicipalityId",
                table: "ObjectiveWeightingGrids",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_MunicipalityId",
                table: "OrgUnits",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_MunicipalityId_Code",
                table: "OrgUnits",
                columns: new[] { "MunicipalityId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_ParentId",
                table: "OrgUnits",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_People_MunicipalityId",
                table: "People",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Phases_MunicipalityId",
                table: "Phases",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanCycles_MunicipalityId",
                table: "PlanCycles",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanCycles_MunicipalityId_StartYear_EndYear",
                table: "PlanCycles",
                columns: new[] { "MunicipalityId", "StartYear", "EndYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffAssignments_MunicipalityId",
                table: "StaffAssignments",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAssignments_OrgUnitId",
                table: "StaffAssignments",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAssignments_PersonId",
                table: "StaffAssignments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_YearTargets_MunicipalityId",
                table: "YearTargets",
                column: "MunicipalityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DupCodes");

            migrationBuilder.DropTable(
                name: "IndicatorHistory");

            migrationBuilder.DropTable(
                name: "ManagerAssignments");

            migrationBuilder.DropTable(
                name: "ObjectiveAchievementSteps");

            migrationBuilder.DropTable(
                name: "ObjectiveBudgetLinks");

            migrationBuilder.DropTable(
                name: "ObjectiveContributions");

            migrationBuilder.DropTable(
                name: "ObjectiveMandateLines");

            migrationBuilder.DropTable(
                name: "ObjectiveStaff");

            migrationBuilder.DropTable(
                name: "ObjectiveWeightingGrids");

            migrationBuilder.DropTable(
                name: "Phases");

            migrationBuilder.DropTable(
                name: "PlanNotes");

            migrationBuilder.DropTable(
                name: "StaffAssignments");

            migrationBuilder.DropTable(
                name: "YearTargets");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "ObjectiveAchievementRules");

            migrationBuilder.DropTable(
                name: "BudgetProgrammes");

            migrationBuilder.DropTable(
                name: "MandateLines");

            migrationBuilder.DropTable(
                name: "Objectives");

            migrationBuilder.DropTable(
                name: "OrgUnits");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "PlanCycles");

            migrationBuilder.DropTable(
                name: "Municipalities");
        }
    }
}
