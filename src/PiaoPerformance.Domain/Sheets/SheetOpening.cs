using PiaoPerformance.Domain.Evaluation;

namespace PiaoPerformance.Domain.Sheets;

/// <summary>A person named on a new sheet: who, as what, for which unit.</summary>
public sealed record SheetEvaluatorDraft(Guid PersonId, SheetEvaluatorRole Role, Guid? OrgUnitId = null);

/// <summary>
/// An objective counted in component B: the card, how the sheet names it, its weight (null = equal weights), whether
/// it is the payment-times objective (SPEC §2.10) and how many employees the card involves (SPEC §4.16, AMB-18).
/// </summary>
public sealed record SheetObjectiveDraft(Guid ObjectiveId, string Code, decimal? Weight, bool IsPaymentTimes = false, int SharedBy = 1);

/// <summary>
/// What a new sheet needs: the person evaluated, the year and the role (SPEC §3.1), who evaluates (null: the
/// default for the role), the evaluating unit, the people named on it and the objectives of component B.
/// </summary>
public sealed record SheetOpening
{
    public required Guid MunicipalityId { get; init; }

    public required Guid PlanCycleId { get; init; }

    public required Guid PersonId { get; init; }

    public required int Year { get; init; }

    public required EvaluatedRole Role { get; init; }

    public EvaluatorKind? EvaluatorKind { get; init; }

    public Guid? OrgUnitId { get; init; }

    public IReadOnlyList<SheetEvaluatorDraft> Evaluators { get; init; } = [];

    public IReadOnlyList<SheetObjectiveDraft> Objectives { get; init; } = [];
}
