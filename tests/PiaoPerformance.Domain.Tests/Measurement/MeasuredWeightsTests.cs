using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Measurement;

namespace PiaoPerformance.Domain.Tests.Measurement;

public sealed class MeasuredWeightsTests
{
    /// <summary>SPEC Example 3: Settore I of S0, strategic objective 2 (payment times) excluded for lack of invoices.</summary>
    private static List<MeasuredObjective> Example3(bool excludeSo2) =>
    [
        new("SO1.1", 4m, false, null, 100m),
        new("SO1.2", 2m, false, null, 100m),
        new("SO1.3", 4m, false, null, 90m),
        new("SO2", 30m, excludeSo2, excludeSo2 ? "Nessuna fattura di competenza (S0:22)" : null, excludeSo2 ? null : 100m),
        new("Obj1", 15m, false, null, 100m),
        new("Obj2", 15m, false, null, 100m),
        new("Obj3", 10m, false, null, 100m),
        new("Obj4", 10m, false, null, 50m),
        new("Obj5", 10m, false, null, 100m),
    ];

    [Fact]
    public void ExclusionReweightingMatchesSpecExample3()
    {
        var weights = MeasuredWeights.Compute(Example3(excludeSo2: true));

        weights.Rows.Select(r => r.OriginalWeight).ShouldBe([4m, 2m, 4m, 30m, 15m, 15m, 10m, 10m, 10m]);
        weights.Rows.Select(r => Math.Round(r.EffectiveWeight, 4)).ShouldBe([5.7143m, 2.8571m, 5.7143m, 0m, 21.4286m, 21.4286m, 14.2857m, 14.2857m, 14.2857m]);
        Math.Round(weights.Rows.Sum(r => r.EffectiveWeight), 10).ShouldBe(100m);
        Math.Round(weights.WeightedAchievement!.Value, 4).ShouldBe(92.2857m);
        weights.Explanation.ShouldContain(l => l.StartsWith("Obiettivo SO2 escluso (Nessuna fattura di competenza (S0:22)): peso 30 ridistribuito", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutTheExclusionTheSameDataGives94Point60()
    {
        var weights = MeasuredWeights.Compute(Example3(excludeSo2: false));

        weights.Rows.Select(r => r.EffectiveWeight).ShouldBe(weights.Rows.Select(r => r.OriginalWeight));
        weights.WeightedAchievement.ShouldBe(94.6m);
    }

    [Fact]
    public void NoWeightedAchievementWhileAnObjectiveKeptHasNoMeasure()
    {
        var objectives = Example3(excludeSo2: true);
        objectives[0] = objectives[0] with { AchievementPct = null };

        MeasuredWeights.Compute(objectives).WeightedAchievement.ShouldBeNull();
    }

    [Fact]
    public void EveryObjectiveExcludedLeavesNothingToWeigh()
    {
        var weights = MeasuredWeights.Compute([new("A", 60m, true, "x", null), new("B", 40m, true, "y", null)]);

        (weights.NothingToWeigh, weights.WeightedAchievement).ShouldBe((true, (decimal?)null));
    }

    [Fact]
    public void WeightsThatDoNotTotal100AreRefusedByTheEngine()
    {
        Should.Throw<DomainException>(() => MeasuredWeights.Compute([new("A", 60m, false, null, 100m), new("B", 30m, false, null, 100m)]))
            .Field.ShouldBe("objectives");
    }
}
