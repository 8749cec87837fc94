namespace PiaoPerformance.Domain.Sheets;

/// <summary>
/// The seam to the NIV's measurement: an objective's agreed achievement (0..100 %) and whether it was excluded
/// (SPEC §2.2, §2.7). An excluded objective needs no percentage.
/// </summary>
public sealed record AgreedAchievement(Guid ObjectiveId, decimal? Pct, bool Excluded = false);
