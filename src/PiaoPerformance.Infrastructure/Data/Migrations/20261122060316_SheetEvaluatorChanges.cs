using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiaoPerformance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class SheetEvaluatorChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvaluationSheetEvaluatorChanges",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    EvaluationSheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    FormerPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReplacementPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationSheetEvaluatorChanges", x => new { x.EvaluationSheetId, x.Number });
                    table.ForeignKey(
                        name: "FK_EvaluationSheetEvaluatorChanges_EvaluationSheets_Evaluation~",
                        column: x => x.EvaluationSheetId,
                        principalTable: "EvaluationSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationSheetEvaluatorChanges_People_FormerPersonId",
                        column: x => x.FormerPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationSheetEvaluatorChanges_People_ReplacementPersonId",
                        column: x => x.ReplacementPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheetEvaluatorChanges_FormerPersonId",
                table: "EvaluationSheetEvaluatorChanges",
                column: "FormerPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheetEvaluatorChanges_MunicipalityId",
                table: "EvaluationSheetEvaluatorChanges",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSheetEvaluatorChanges_ReplacementPersonId",
                table: "EvaluationSheetEvaluatorChanges",
                column: "ReplacementPersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationSheetEvaluatorChanges");
        }
    }
}
