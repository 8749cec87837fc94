using PiaoPerformance.Domain.Measurement;

namespace PiaoPerformance.Infrastructure.Measurement;

/// <summary>A progress entry as the form sends it.</summary>
public sealed record ProgressInput(DateOnly? Date, string? Text, decimal? ProgressPct);

/// <summary>The year-end report as the form sends it: Realizzata, the measured value or milestone, relazione, acts.</summary>
public sealed record ReportInput(decimal? RealizedPct, decimal? MeasuredValue, string? ReachedStep, string? ReportText, IReadOnlyList<ActReferenceDraft>? Acts);

/// <summary>
/// The NIV's choices on an objective: an override (null: none) with its reason, third-party delay with reason and
/// evidence, exclusion with reason. What is not set is cleared.
/// </summary>
public sealed record MeasureInput(
    decimal? OverridePct,
    string? OverrideReason,
    bool ThirdPartyDelay,
    string? ThirdPartyReason,
    string? ThirdPartyEvidence,
    bool Excluded,
    string? ExclusionReason);
