using PiaoPerformance.Domain.Measurement;

namespace PiaoPerformance.Web.Api;

// Bodies of the measurement API. Year: the year of the plan's cycle the entry is about (null: the cycle's first
// year). Version: the record's "version" as read (null when it did not exist yet); a stale one answers 409.

/// <summary>A progress entry during Monitoraggio.</summary>
public sealed record ProgressRequest(int? Year, uint? Version, DateOnly? Date, string? Text, decimal? ProgressPct);

/// <summary>The year-end report: Realizzata (0-100), measured value or milestone for the card's rule, relazione, acts.</summary>
public sealed record ReportRequest(int? Year, uint? Version, decimal? RealizedPct, decimal? MeasuredValue, string? ReachedStep, string? ReportText,
    IReadOnlyList<ActReferenceDraft>? Acts);

/// <summary>A command on a versioned record of a year (send a report, sign off, agree, validate).</summary>
public sealed record VersionedRequest(int? Year, uint? Version);

/// <summary>Why a closed report is reopened.</summary>
public sealed record ReopenRequest(int? Year, string? Reason);

/// <summary>The NIV's choices: override with reason, third-party delay with reason and evidence, exclusion with reason.</summary>
public sealed record MeasureRequest(int? Year, uint? Version, decimal? OverridePct, string? OverrideReason, bool? ThirdPartyDelay,
    string? ThirdPartyReason, string? ThirdPartyEvidence, bool? Excluded, string? ExclusionReason);

/// <summary>An event after planning (sopravvenienza).</summary>
public sealed record MeasurementEventRequest(int? Year, uint? Version, DateOnly? Date, string? Description);

/// <summary>The ente's performance of a year, entered by the Giunta.</summary>
public sealed record EntePerformanceRequest(int? Year, uint? Version, decimal? Value, string? Note);
