namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// One objective as scored: the weight planned (100/n for equal weights) and the one used after exclusions, the
/// achievement (null when excluded: not measured) and the weighted score (punteggio ponderale) = achievement × weight
/// / 100 (SPEC §3.2).
/// </summary>
public sealed record ObjectiveResult(
    string Id,
    decimal OriginalWeight,
    decimal EffectiveWeight,
    decimal? AchievementPct,
    decimal WeightedScore,
    bool Excluded);
