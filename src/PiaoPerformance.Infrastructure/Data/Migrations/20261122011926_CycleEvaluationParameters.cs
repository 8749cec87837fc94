using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiaoPerformance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class CycleEvaluationParameters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Evaluation",
                table: "PlanCycles",
                type: "jsonb",
                nullable: false,
                // Existing cycles get seed 003 (Cassino) values, the product's default template.
                defaultValue: @"{""segretario"":{""a"":35,""b"":25,""c"":40},""dirigente"":{""a"":35,""b"":25,""c"":40},""eq"":{""a"":30,""b"":40,""c"":30},""dipendente"":{""a"":25,""b"":25,""c"":50},""employeeBands"":[{""lowerBound"":90,""payPct"":100,""label"":""PERFORMANCE OTTIMA""},{""lowerBound"":80,""payPct"":80,""label"":""PERFORMANCE BUONA""},{""lowerBound"":70,""payPct"":60,""label"":""PERFORMANCE MIGLIORABILE""},{""lowerBound"":60,""payPct"":50,""label"":""PERFORMANCE SUFFICIENTE""},{""lowerBound"":50,""payPct"":30,""label"":""PERFORMANCE MEDIOCRE""},{""lowerBound"":0,""payPct"":0,""label"":""PERFORMANCE INSUFFICIENTE INADEGUATA""}],""managerBands"":[{""lowerBound"":75,""payPct"":100,""label"":""PERFORMANCE PIENA""},{""lowerBound"":30,""payPct"":50,""label"":""PERFORMANCE PARZIALE""},{""lowerBound"":0,""payPct"":0,""label"":""PERFORMANCE INSUFFICIENTE""}],""negativeThreshold"":50,""writtenReprimand"":{""one"":3,""two"":5,""moreThanTwo"":10},""fine"":{""one"":5,""two"":10,""moreThanTwo"":20},""suspension"":{""one"":25,""two"":40,""moreThanTwo"":100},""sanctionsApplyToManagers"":true,""presenceThresholdMonths"":3,""dirigenteInterimIncreasePct"":10,""paymentTimesGateFactor"":0.70,""options"":{""sanctionCombination"":""Additive"",""roundTotal"":false,""paymentTimesMode"":""Gate"",""prorationBasis"":""Days""}}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Evaluation",
                table: "PlanCycles");
        }
    }
}
