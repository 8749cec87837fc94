using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Measurement;

/// <summary>One objective of a person's set as the NIV weighs it: its code, planned weight, exclusion and measure.</summary>
public sealed record MeasuredObjective(string Code, decimal? Weight, bool Excluded, string? ExclusionReason, decimal? AchievementPct);

/// <summary>One row of the reweighting shown to the NIV: the weight as planned and the weight used.</summary>
public sealed record MeasuredWeight(string Code, decimal OriginalWeight, decimal EffectiveWeight, bool Excluded, decimal? AchievementPct);

/// <summary>
/// The reweighting of a person's objectives after the NIV's exclusions, original vs effective (SPEC §2.7, S0:623),
/// computed by the scoring engine's <see cref="ObjectiveWeighting"/>; with the weighted achievement Σ w′ × a / 100
/// when every objective kept has a measure (SPEC Example 3: 92,2857 %).
/// </summary>
public sealed record MeasuredWeights(IReadOnlyList<MeasuredWeight> Rows, decimal? WeightedAchievement, bool NothingToWeigh, IReadOnlyList<string> Explanation)
{
    public static MeasuredWeights Compute(IReadOnlyList<MeasuredObjective> objectives)
    {
        var explanation = new Explanation();
        var inputs = objectives
            .Select(o => new ObjectiveInput(o.Code, o.Weight, null) { Excluded = o.Excluded, ExclusionReason = o.ExclusionReason })
            .ToList();
        var weights = ObjectiveWeighting.Compute(inputs, explanation);
        var rows = objectives
            .Select((o, i) => new MeasuredWeight(o.Code, weights.Original[i], weights.Effective[i], o.Excluded, o.Excluded ? null : o.AchievementPct))
            .ToList();
        decimal? total = null;
        if (!weights.NothingToWeigh && rows.Where(r => !r.Excluded).All(r => r.AchievementPct is not null))
        {
            total = rows.Where(r => !r.Excluded).Sum(r => r.EffectiveWeight * r.AchievementPct!.Value / 100m);
        }

        return new MeasuredWeights(rows, total, weights.NothingToWeigh, explanation.Lines);
    }
}
