using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Indicators;

namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// How far an objective was achieved, as the NIV records it: either a direct percentage (<see cref="Pct"/>) or a
/// graded <see cref="Rule"/> with what it needs (<see cref="MeasuredValue"/> for thresholds and proportional rules,
/// <see cref="ReachedStep"/> or <see cref="ReachedStepIndex"/> for milestones, <see cref="Reached"/> for binary ones,
/// <see cref="Target"/> and <see cref="Polarity"/> for proportional ones); optionally the NIV's override with its
/// reason (SPEC §2.4). Target and polarity live here rather than on <see cref="AchievementRule"/>, which is stored
/// with the objective card.
/// </summary>
public sealed record AchievementInput
{
    private static readonly AchievementRule ProportionalRule = new(AchievementRuleKind.Proportional, []);

    private static readonly AchievementRule BinaryRule = new(AchievementRuleKind.Binary, []);

    /// <summary>A direct achievement percentage, 0 or more; above 100 it is capped (SPEC §2.2).</summary>
    public decimal? Pct { get; init; }

    public AchievementRule? Rule { get; init; }

    public decimal? MeasuredValue { get; init; }

    /// <summary>Milestone reached, by its label (case and surrounding spaces ignored); null = none reached.</summary>
    public string? ReachedStep { get; init; }

    /// <summary>Milestone reached, by its position in <see cref="AchievementRule.Steps"/> (0 = best).</summary>
    public int? ReachedStepIndex { get; init; }

    /// <summary>Binary rule: reached or not (null = not reached).</summary>
    public bool? Reached { get; init; }

    public decimal? Target { get; init; }

    public Polarity Polarity { get; init; } = Polarity.HigherIsBetter;

    /// <summary>SPEC §2.4: the NIV's own value, replacing the one the rule gives; needs <see cref="OverrideReason"/>.</summary>
    public decimal? OverridePct { get; init; }

    public string? OverrideReason { get; init; }

    public static AchievementInput Direct(decimal pct) => new() { Pct = pct };

    public static AchievementInput Threshold(AchievementRule rule, decimal measuredValue) =>
        new() { Rule = rule, MeasuredValue = measuredValue };

    public static AchievementInput Milestone(AchievementRule rule, string? reachedStep) =>
        new() { Rule = rule, ReachedStep = reachedStep };

    public static AchievementInput Proportional(decimal measuredValue, decimal target, Polarity polarity = Polarity.HigherIsBetter) =>
        new() { Rule = ProportionalRule, MeasuredValue = measuredValue, Target = target, Polarity = polarity };

    public static AchievementInput Binary(bool reached) => new() { Rule = BinaryRule, Reached = reached };

    /// <summary>SPEC §2.4: the same input with the NIV's override.</summary>
    public AchievementInput WithOverride(decimal pct, string? reason) => this with { OverridePct = pct, OverrideReason = reason };
}
