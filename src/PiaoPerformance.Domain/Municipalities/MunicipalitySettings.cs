using PiaoPerformance.Domain.Calendar;

namespace PiaoPerformance.Domain.Municipalities;

/// <summary>
/// Planning options of an ente. The evaluation system's parameters (shares, bands, coefficients) are added with the
/// scoring engine; here only what the planning model needs.
/// </summary>
public sealed record MunicipalitySettings
{
    /// <summary>
    /// Whether the cross-cutting strategic objectives also count in the Segretario's weights. In seed 000 the
    /// Segretario's own objectives already total 100 (S0:551-606), so the default is no (SPEC §1.5 [INF]).
    /// </summary>
    public bool CrossCuttingAppliesToSecretary { get; init; }

    /// <summary>The total every person evaluated must reach (SPEC §1.12: "=100", S3:807).</summary>
    public decimal RequiredWeightTotal { get; init; } = 100m;

    /// <summary>Working week for deadlines in working days (SPEC §4.15 [PROP]: Mon–Fri by default).</summary>
    public WorkingWeek WorkingWeek { get; init; } = WorkingWeek.MondayToFriday;

    /// <summary>Month of the patron saint's feast, a local holiday; null when the ente has not set it.</summary>
    public int? PatronSaintMonth { get; init; }

    public int? PatronSaintDay { get; init; }

    public string? PatronSaintName { get; init; }

    /// <summary>The largest evidence file a responsabile may upload, in MB; null: 10 MB (issue 7).</summary>
    public int? EvidenceMaxMegabytes { get; init; }

    /// <summary>The evidence size limit in bytes (<see cref="Measurement.EvidenceContent.DefaultMaxBytes"/> when unset).</summary>
    public long EvidenceMaxBytes() =>
        EvidenceMaxMegabytes is > 0 and var mb ? mb * 1024L * 1024L : Measurement.EvidenceContent.DefaultMaxBytes;

    /// <summary>The ente's calendar of working days, with national holidays and its patron saint's day.</summary>
    public WorkingDayCalendar Calendar() => new(
        WorkingWeek,
        PatronSaintMonth is { } month && PatronSaintDay is { } day ? new Calendar.PatronSaintDay(month, day, PatronSaintName) : null);
}
