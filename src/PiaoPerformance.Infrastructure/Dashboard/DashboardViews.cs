using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Infrastructure.Rewards;

namespace PiaoPerformance.Infrastructure.Dashboard;

/// <summary>
/// One bar of the achievement chart: a unit's position (or a strategic objective) and its achievement as the scoring
/// engine weighs the NIV's agreed measures; null while some objective still has no agreed measure (or all are excluded).
/// </summary>
public sealed record AchievementBar(string Label, decimal? Pct, int Agreed, int Objectives, bool Excluded = false);

/// <summary>The achievement of a plan's year per unit (each head's position) and per strategic objective.</summary>
public sealed record AchievementChartData(Guid PlanId, int Year, IReadOnlyList<AchievementBar> Units, IReadOnlyList<AchievementBar> Strategic)
{
    /// <summary>True when at least one measure has been agreed: before that the charts show the empty state.</summary>
    public bool HasMeasures => Units.Any(u => u.Agreed > 0) || Strategic.Any(s => s.Agreed > 0);
}

/// <summary>One group of the band distribution (the ente, or one unit): the premi rows of its sheets, by role and band.</summary>
public sealed record BandGroup(string Label, IReadOnlyList<PremiBandRow> Rows, int People);

/// <summary>
/// The distribution of the sheets' total scores by band for the ente and per unit, from the sheets' stored results
/// (<see cref="MoneyService"/>'s figures): <see cref="Ente"/> is <see cref="PremiSummary"/> of every scored sheet.
/// </summary>
public sealed record BandDistributionData(Guid PlanId, int Year, PremiSummaryResult Ente, IReadOnlyList<BandGroup> Units, int Incomplete)
{
    public bool HasSheets => Ente.People > 0;
}
