using PiaoPerformance.Domain.Lifecycle;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Planning;

namespace PiaoPerformance.Infrastructure.Lifecycle;

// Read models of the plan's lifecycle for the lifecycle panel and /api/v1/plans/{id}/...: what the plan's state is,
// and what the actor reading them may do next (asked of AccessRules, never decided here).

/// <summary>Where the plan stands, unit by unit, and what the actor may do about it.</summary>
public sealed record PlanLifecycleView(
    Guid PlanId,
    PlanState State,
    int VersionNumber,
    bool IsFrozen,
    PlanApprovalView? Approval,
    PlanVariationView? CurrentVariation,
    IReadOnlyList<UnitSubmissionView> Units,
    PlanState? NextState,
    LifecycleActions Can,
    IReadOnlyList<ApprovalProblem> ApprovalProblems);

/// <summary>What the actor may do now; the service checks again when they do it.</summary>
public sealed record LifecycleActions(bool Approve, bool Advance, bool StartVariation, bool ReturnUnits);

public sealed record UnitSubmissionView(
    Guid UnitId,
    OrgUnitKind Kind,
    string Code,
    string Name,
    bool IsSubmitted,
    DateTimeOffset? ChangedAt,
    string? ChangedBy,
    string? ReturnReason,
    bool CanSubmit,
    bool CanReturn);

public sealed record PlanApprovalView(string DeliberationNumber, DateOnly DeliberationDate, DateTimeOffset ApprovedAt, string ApprovedBy);

public sealed record PlanVariationView(int VersionNumber, string Reason, string ActNumber, DateOnly ActDate, DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>An approved version in the list of versions.</summary>
public sealed record PlanVersionSummary(
    int VersionNumber,
    string DeliberationNumber,
    DateOnly DeliberationDate,
    DateTimeOffset ApprovedAt,
    string ApprovedBy,
    string? VariationReason,
    string? VariationActNumber,
    DateOnly? VariationActDate,
    bool IsCurrent);

/// <summary>An approved version as it read when approved.</summary>
public sealed record PlanVersionView(PlanVersionSummary Version, PlanView Plan);
