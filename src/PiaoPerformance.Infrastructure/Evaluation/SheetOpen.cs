using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Sheets;

namespace PiaoPerformance.Infrastructure.Evaluation;

/// <summary>An objective chosen for component B, with its weight on the sheet (null on every one = equal weights).</summary>
public sealed record SheetObjectiveChoice(Guid ObjectiveId, decimal? Weight);

/// <summary>
/// A sheet to open: the plan, the person, the year and role, who evaluates (null: the role's default, SPEC §3.1),
/// the evaluating unit, the people named on it, and the objectives (null: the unit's operational objectives and the
/// ente's cross-cutting strategic ones, with the weights of their cards).
/// </summary>
public sealed record SheetOpen(
    Guid PlanId,
    Guid PersonId,
    int Year,
    EvaluatedRole Role,
    Guid? OrgUnitId,
    IReadOnlyList<SheetEvaluatorDraft> Evaluators,
    EvaluatorKind? EvaluatorKind = null,
    IReadOnlyList<SheetObjectiveChoice>? Objectives = null);
