using BenchmarkDotNet.Attributes;

namespace PiaoPerformance.Benchmarks;

/// <summary>
/// Issue 4, part 5: a whole comune scored in one operation: the fund split across the 40 units, each employee's
/// maximum (SPEC §4.7), then 23.000 sheets (band, sanctions, proration and pay included), with and without the
/// Italian explanation. The result (the total pay) is returned, so nothing is optimised away.
/// </summary>
[Config(typeof(OneCoreConfig))]
public class ScoringBenchmarks
{
    private ComuneWorkload _comune = null!;

    [GlobalSetup]
    public void Setup()
    {
        _comune = ComuneWorkload.Create();
        var with = ComuneRun.Score(_comune, explain: true);
        var without = ComuneRun.Score(_comune, explain: false);
        if (with.TotalPay != without.TotalPay || with.Evaluable != without.Evaluable)
        {
            throw new InvalidOperationException($"The two paths disagree: {with} / {without}.");
        }

        Console.WriteLine(
            $"// Workload: {_comune.Employees.Count} sheets in {_comune.Units.Count} units, fund {_comune.Fund:N2}: " +
            $"total pay {with.TotalPay:N2}, {with.Evaluable} evaluable, {with.ExplanationLines} explanation lines.");
    }

    [Benchmark(Description = "WithExplanations")]
    public decimal WithExplanations() => ComuneRun.Score(_comune, explain: true).TotalPay;

    [Benchmark(Description = "WithoutExplanations")]
    public decimal WithoutExplanations() => ComuneRun.Score(_comune, explain: false).TotalPay;
}
