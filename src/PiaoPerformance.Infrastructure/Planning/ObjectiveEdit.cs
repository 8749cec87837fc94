using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Planning;

/// <summary>
/// A change of a card, as a form or <c>PUT /api/v1/objectives/{id}</c> sends it. The descriptive fields, weight and
/// yearly targets (Attesa) are replaced by what is given (null clears an optional one). The card's other parts
/// (schedule, mandate lines, DUP code, indicators, phases, rule, contingent flag, parent, budget programmes, staff,
/// parties, contributions, weighting grid) are changed only when given: null leaves them as they are, so a caller
/// that does not know them cannot wipe them.
/// </summary>
public sealed record ObjectiveEdit(
    string Title,
    string? Theme = null,
    string? Description = null,
    string? ExpectedResult = null,
    string? VerificationMethod = null,
    decimal? Weight = null,
    IReadOnlyList<YearTargetEdit>? YearTargets = null)
{
    /// <summary>Start, end date or end text ("31/12 di ogni anno"); null leaves the schedule unchanged.</summary>
    public ScheduleEdit? Schedule { get; init; }

    /// <summary>The mandate lines chosen from the ente's lookup; null leaves them unchanged.</summary>
    public IReadOnlyList<Guid>? MandateLineIds { get; init; }

    /// <summary>The DUP code chosen from the ente's lookup; null leaves it unchanged, <see cref="DupCodeEdit.None"/> clears it.</summary>
    public DupCodeEdit? DupCode { get; init; }

    /// <summary>The indicators in order: an Id revises that indicator, no Id adds one, a missing one is removed.</summary>
    public IReadOnlyList<IndicatorEdit>? Indicators { get; init; }

    /// <summary>The phases in order (they replace the card's phases); null leaves them unchanged.</summary>
    public IReadOnlyList<PhaseEdit>? Phases { get; init; }

    /// <summary>The graded achievement rule; null leaves it unchanged, <see cref="RuleEdit.None"/> removes it.</summary>
    public RuleEdit? Rule { get; init; }

    /// <summary>The contingent flag (obiettivo contingente); null leaves it unchanged.</summary>
    public bool? IsContingent { get; init; }

    /// <summary>The strategic objective of the plan it belongs to, with its share; null leaves it, <see cref="ParentEdit.None"/> detaches it.</summary>
    public ParentEdit? Parent { get; init; }

    /// <summary>The (Missione, Programma) pairs chosen from the ente's lookup, in order; null leaves them unchanged.</summary>
    public IReadOnlyList<Guid>? BudgetProgrammeIds { get; init; }

    /// <summary>"Personale coinvolto": people on the staff of the card's unit in the cycle; null leaves them unchanged.</summary>
    public IReadOnlyList<Guid>? StaffPersonIds { get; init; }

    /// <summary>"Stakeholder" and "Altri soggetti che contribuiscono"; null leaves both unchanged.</summary>
    public PartiesEdit? Parties { get; init; }

    /// <summary>The units contributing to a shared objective (S4); null leaves them, an empty list removes them.</summary>
    public IReadOnlyList<ContributionEdit>? Contributions { get; init; }

    /// <summary>The pesatura (S4); null leaves it unchanged, <see cref="WeightingGridEdit.None"/> removes it.</summary>
    public WeightingGridEdit? WeightingGrid { get; init; }
}

/// <summary>The strategic objective (of the same plan) and the share of it, in %; no parent detaches the card.</summary>
public sealed record ParentEdit(Guid? ParentObjectiveId, decimal? ShareOfParentPct = null)
{
    public static ParentEdit None { get; } = new((Guid?)null);
}

/// <summary>Who has a stake in the objective, and who outside the ente contributes to it (free text).</summary>
public sealed record PartiesEdit(string? Stakeholders, string? ExternalContributors);

/// <summary>One unit's part in a shared objective: its % and its own expected value, indicators and outcome (S4:31-43).</summary>
public sealed record ContributionEdit(
    Guid OrgUnitId,
    decimal ContributionPct,
    string? ExpectedValue = null,
    string? MeasurementIndicators = null,
    string? ExpectedOutcome = null);

/// <summary>The four ratings of the pesatura, or none.</summary>
public sealed record WeightingGridEdit(WeightingGrid? Grid)
{
    public static WeightingGridEdit None { get; } = new((WeightingGrid?)null);
}

/// <summary>"Attesa" for one year, or "//" (<see cref="NotApplicable"/>) when the objective does not apply that year.</summary>
public sealed record YearTargetEdit(int Year, decimal? ExpectedPct, bool NotApplicable = false);

/// <summary>When the objective starts and ends: an end date, or an end text when the card gives no date.</summary>
public sealed record ScheduleEdit(DateOnly? Start, DateOnly? EndDate, string? EndText);

/// <summary>The DUP code's id in the ente's lookup, or none.</summary>
public sealed record DupCodeEdit(Guid? DupCodeId)
{
    public static DupCodeEdit None { get; } = new((Guid?)null);
}

/// <summary>One indicator of the card; <see cref="Id"/> null for a new one.</summary>
public sealed record IndicatorEdit(
    Guid? Id,
    string Name,
    string? FormulaText = null,
    IndicatorUnit Unit = IndicatorUnit.Text,
    Polarity Polarity = Polarity.HigherIsBetter,
    string? Target = null,
    string? Baseline = null,
    string? DataSource = null);

/// <summary>One phase with its due date.</summary>
public sealed record PhaseEdit(string Title, DateOnly? DueDate = null, bool Completed = false);

/// <summary>The graded rule: its kind and steps (label, % of achievement, lower bound for a numeric threshold); no kind removes it.</summary>
public sealed record RuleEdit(AchievementRuleKind? Kind, IReadOnlyList<RuleStepEdit> Steps, string? MeasureUnit = null)
{
    public static RuleEdit None { get; } = new(null, []);
}

/// <summary>One step of the graded rule.</summary>
public sealed record RuleStepEdit(string Label, decimal AchievementPct, decimal? LowerBound = null);

/// <summary>A new operational objective of a unit: its title and, in the same save, the rest of the card.</summary>
public sealed record ObjectiveCreate(Guid PlanId, Guid UnitId, ObjectiveEdit Card);
