using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Benchmarks;

/// <summary>What one scoring of the comune produced: enough to check that both paths agree and that the work is used.</summary>
public sealed record ComuneRunResult(decimal TotalPay, int Evaluable, long ExplanationLines);

/// <summary>The timed work: fund split, each employee's maximum, each sheet scored with its pay.</summary>
public static class ComuneRun
{
    public static ComuneRunResult Score(ComuneWorkload comune, bool explain)
    {
        var coefficients = ComuneWorkload.Coefficients;
        var system = EvaluationSystem.CassinoDefault;
        var split = FundSplit.Split(comune.Fund, comune.Units, coefficients, explain ? new Explanation() : Explanation.Disabled);

        var totalPay = 0m;
        var evaluable = 0;
        var lines = 0L;
        foreach (var employee in comune.Employees)
        {
            // A new explanation per sheet: each employee's sheet carries its own steps.
            var explanation = explain ? new Explanation() : Explanation.Disabled;
            var unit = comune.Units[employee.Unit];
            var maximum = EmployeeMaximum.Compute(split.Units[employee.Unit].Amount, unit.Staff, employee.Area, coefficients, explanation);
            var sheet = employee.Sheet with { Pay = new PayInput { Maximum = maximum.Amount } };
            var result = SheetCalculator.Score(sheet, system, explanation);
            totalPay += result.Pay ?? 0m;
            evaluable += result.Evaluable ? 1 : 0;
            lines += result.Explanation.Count;
        }

        return new ComuneRunResult(totalPay, evaluable, lines);
    }
}
