using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Measurement;

/// <summary>
/// An objective's report for a year as pages and the API show it. <see cref="Id"/> and <see cref="Version"/> are null
/// while nothing has been written; <see cref="Version"/> (the row's xmin) goes back with the next change.
/// </summary>
public sealed record ReportView(
    Guid? Id,
    Guid ObjectiveId,
    int Year,
    uint? Version,
    PlanState PlanState,
    decimal? RealizedPct,
    decimal? MeasuredValue,
    string? ReachedStep,
    string? ReportText,
    IReadOnlyList<ActView> Acts,
    IReadOnlyList<ProgressView> Progress,
    IReadOnlyList<EvidenceView> Evidence,
    DateTimeOffset? SubmittedAt,
    string? SubmittedBy,
    IReadOnlyList<ReopeningView> Reopenings,
    bool IsReopened,
    ReportActions Actions);

/// <summary>What the actor may do on the report now (buttons); the services check again.</summary>
public sealed record ReportActions(bool AddProgress, bool Report, bool Submit, bool Reopen);

public sealed record ActView(string Number, DateOnly Date, string? Description);

public sealed record ProgressView(int Order, DateOnly Date, string Text, decimal? ProgressPct, string By, DateTimeOffset At, bool IsLate);

public sealed record ReopeningView(string Reason, string By, DateTimeOffset At, DateTimeOffset? ClosedAt);

public sealed record EvidenceView(Guid Id, string FileName, EvidenceFileType Type, long SizeBytes, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);

/// <summary>A file to send back on download: its name, MIME type and bytes.</summary>
public sealed record EvidenceDownload(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The NIV's measure of an objective for a year: the value the rule proposes from the report (with the engine's
/// explanation), the NIV's choices, events, sign-offs against the board, and the agreed value once final.
/// </summary>
public sealed record MeasurementView(
    Guid? Id,
    Guid ObjectiveId,
    int Year,
    uint? Version,
    PlanState PlanState,
    string ObjectiveTitle,
    string? RuleKind,
    decimal? ProposedPct,
    IReadOnlyList<string> ProposalExplanation,
    decimal? OverridePct,
    string? OverrideReason,
    bool ThirdPartyDelay,
    string? ThirdPartyReason,
    string? ThirdPartyEvidence,
    bool Excluded,
    string? ExclusionReason,
    decimal? EffectivePct,
    IReadOnlyList<EventView> Events,
    IReadOnlyList<SignOffView> SignOffs,
    int BoardSize,
    decimal? AgreedPct,
    bool AgreedExcluded,
    DateTimeOffset? AgreedAt,
    string? AgreedBy,
    bool IsFinal,
    bool ReportSubmitted,
    bool CanMeasure);

public sealed record EventView(int Order, DateOnly Date, string Description, string By, DateTimeOffset At);

/// <summary>A member's sign-off; <see cref="IsCurrent"/> when it is on the measure as it stands.</summary>
public sealed record SignOffView(Guid MemberPersonId, string Member, decimal? SignedPct, bool SignedExcluded, DateTimeOffset At, bool IsCurrent);

/// <summary>The reweighting of one position's objectives after the NIV's exclusions: original vs effective weights.</summary>
public sealed record WeightsView(Guid UnitId, Guid? ResponsiblePersonId, int Year, IReadOnlyList<WeightRowView> Rows, decimal? WeightedAchievement,
    bool NothingToWeigh, IReadOnlyList<string> Explanation);

public sealed record WeightRowView(Guid ObjectiveId, string Code, string Title, decimal OriginalWeight, decimal EffectiveWeight, bool Excluded,
    string? ExclusionReason, decimal? AchievementPct, bool IsFinal);

/// <summary>
/// The agreed measure of one objective for the evaluation sheets: the percentage (null when excluded), the exclusion
/// and its reason, and how it was reached (third-party delay, override), for the sheet's explanation.
/// </summary>
public sealed record AgreedAchievement(
    Guid ObjectiveId,
    decimal? AchievementPct,
    bool Excluded,
    string? ExclusionReason,
    bool ThirdPartyDelay,
    string? ThirdPartyReason,
    decimal? OverridePct,
    string? OverrideReason,
    DateTimeOffset AgreedAt);

/// <summary>The ente's performance of a year (component A): the Giunta's value and the NIV's validation.</summary>
public sealed record EntePerformanceView(
    Guid PlanId,
    int Year,
    uint? Version,
    decimal? Value,
    string? Note,
    string? EnteredBy,
    DateTimeOffset? EnteredAt,
    string? ValidatedBy,
    DateTimeOffset? ValidatedAt,
    bool IsValidated,
    bool CanEnter,
    bool CanValidate);
