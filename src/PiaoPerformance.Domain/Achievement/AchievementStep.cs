namespace PiaoPerformance.Domain.Achievement;

/// <summary>
/// One step of a graded rule: its label as the card says it, the inclusive lower bound for numeric thresholds, and
/// the achievement it is worth (SPEC §2.3).
/// </summary>
public sealed record AchievementStep(string Label, decimal AchievementPct, decimal? LowerBound = null);
