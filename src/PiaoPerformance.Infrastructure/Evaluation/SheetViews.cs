using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Sheets;

namespace PiaoPerformance.Infrastructure.Evaluation;

/// <summary>A sheet as its readers see it: inputs, figures with their explanation, conciliation, versions and what the reader may do.</summary>
public sealed record SheetView(
    Guid Id,
    uint Version,
    Guid PlanId,
    Guid PersonId,
    string PersonName,
    int Year,
    EvaluatedRole Role,
    EvaluatorKind EvaluatorKind,
    Guid? OrgUnitId,
    string? OrgUnitName,
    SheetState State,
    bool IsJoint,
    IReadOnlyList<SheetPersonView> Evaluators,
    IReadOnlyList<SheetObjectiveView> Objectives,
    IReadOnlyList<SheetItemView> Items,
    SheetInputsView Inputs,
    SheetFiguresView? Figures,
    string? Incomplete,
    SheetConciliationView Conciliation,
    IReadOnlyList<SheetVersionView> Versions,
    IReadOnlyList<SheetPartialView> PartialEvaluations,
    SheetPermissions Can)
{
    /// <summary>The evaluators who left during the year and their replacements (SPEC §4.13), oldest first.</summary>
    public IReadOnlyList<SheetEvaluatorChangeView> EvaluatorChanges { get; init; } = [];
}

public sealed record SheetPersonView(Guid PersonId, string Name, SheetEvaluatorRole Role, Guid? OrgUnitId);

public sealed record SheetObjectiveView(Guid ObjectiveId, string Code, string Title, decimal? Weight, decimal? AgreedPct, bool Excluded);

/// <summary>A behaviour item with its levels' descriptors (seed 003, verbatim) and the score given.</summary>
public sealed record SheetItemView(int Index, string Code, string Group, string Label, int Maximum, int? Score, string? Note,
    IReadOnlyList<BehaviourLevel> Levels);

public sealed record SheetInputsView(
    decimal? EntePerformance,
    int WrittenReprimands,
    int Fines,
    int Suspensions,
    bool Dismissed,
    DateOnly? ServiceFrom,
    DateOnly? ServiceTo,
    decimal PartTimePct,
    bool VerticalPartTime,
    bool ProtectedAbsence,
    int AbsenceDays,
    decimal? MaximumPay,
    bool InterimIncrease,
    bool? PaymentTimesMet);

/// <summary>The figures: live from the engine while the sheet is a draft (<see cref="Frozen"/> false), from the current version afterwards.</summary>
public sealed record SheetFiguresView(
    bool Frozen,
    decimal ObjectivesSum,
    decimal A,
    decimal B,
    decimal C,
    decimal D,
    decimal SanctionCutPct,
    decimal DAfterSanctions,
    string? BandLabel,
    decimal? BandPayPct,
    bool Negative,
    bool Evaluable,
    string? NotEvaluableReason,
    decimal ServiceFactor,
    decimal? Pay,
    IReadOnlyList<string> Explanation);

public sealed record SheetDeadlineView(SheetParty Party, string What, DateOnly Due, bool Overdue);

public sealed record SheetConciliationView(
    DateOnly? NotifiedOn,
    DateOnly? ObservationsDue,
    DateOnly? ObservedOn,
    string? Observations,
    DateOnly? ReviewDue,
    DateOnly? ReviewedOn,
    string? ReviewNote,
    DateOnly? SignedOn,
    DateOnly? ContestedOn,
    string? ContestNote,
    DateOnly? ValidatedOn,
    SheetDeadlineView? Deadline);

public sealed record SheetVersionView(int Number, SheetState State, DateOnly On, string By, string Scores, SheetFiguresView Figures, string? Note);

/// <summary>An evaluator who left on <see cref="LeftOn"/>, the replacement from the next day, and whether the one who left has a partial evaluation on the sheet.</summary>
public sealed record SheetEvaluatorChangeView(int Number, Guid FormerPersonId, string Former, Guid ReplacementPersonId, string Replacement, DateOnly LeftOn,
    bool PartialRecorded, string? Note);

public sealed record SheetPartialView(int Number, string Evaluator, DateOnly From, DateOnly To, IReadOnlyList<int> Scores, string? Note);

/// <summary>What the reader may do on the sheet now (the access rules and the state together).</summary>
public sealed record SheetPermissions(bool Fill, bool Notify, bool Observe, bool Confirm, bool Modify, bool Accept, bool Contest, bool Validate, bool TakeAchievements,
    bool Simulate = false, bool ReplaceEvaluator = false);

/// <summary>One line of a list of sheets.</summary>
public sealed record SheetSummary(Guid Id, Guid PersonId, string PersonName, int Year, EvaluatedRole Role, Guid? OrgUnitId, string? OrgUnitName, SheetState State,
    decimal? D, string? BandLabel, SheetDeadlineView? Deadline);
