using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Planning;

// Read models of a plan for pages and the API: plain data, computed by the domain where a rule is involved.

public sealed record PlanSummary(Guid Id, Guid MunicipalityId, string Ente, string Cycle, int StartYear, int EndYear, PlanState State);

/// <summary>The whole plan as pages and the API read it; <see cref="VersionNumber"/> counts its variazioni.</summary>
public sealed record PlanView(
    Guid Id,
    string Ente,
    string UnitLabel,
    string? Mayor,
    string Cycle,
    string? Annex,
    int StartYear,
    int EndYear,
    PlanState State,
    IReadOnlyList<int> Years,
    IReadOnlyList<MandateLineView> MandateLines,
    IReadOnlyList<ObjectiveView> CrossCuttingObjectives,
    IReadOnlyList<string> PaymentTimesNotes,
    IReadOnlyList<UnitView> Units,
    MethodNotesView MethodNotes,
    int VersionNumber = 1);

public sealed record MandateLineView(Guid Id, string Code, string Name);

public sealed record MethodNotesView(string Title, string? Intro, IReadOnlyList<string> Items);

public sealed record UnitView(
    Guid Id,
    OrgUnitKind Kind,
    string Code,
    string Name,
    string? Heading,
    string? PoliticalOwner,
    string? HumanResourcesNote,
    string? FinancialResourcesNote,
    string? AssetsNote,
    IReadOnlyList<ManagerView> Managers,
    IReadOnlyList<StaffView> Staff,
    IReadOnlyList<ObjectiveView> Objectives,
    IReadOnlyList<WeightTotalView> WeightTotals);

public sealed record ManagerView(Guid PersonId, string Name, ManagerRole Role, DateOnly From, DateOnly? To, bool IsInterim, IReadOnlyList<string> ScopeServices);

public sealed record StaffView(Guid PersonId, string Name, string ProfileTitle, ClassificationArea ClassificationArea, decimal PartTimePct);

public sealed record WeightTotalView(
    Guid? ResponsiblePersonId,
    IReadOnlyList<string> People,
    bool IsSecretary,
    int ObjectiveCount,
    decimal OwnWeight,
    decimal CrossCuttingWeight,
    decimal Total,
    decimal Missing,
    WeightingMode Mode,
    bool IsComplete);

/// <summary>One card; <see cref="Version"/> is the token a change sends back to detect a concurrent save (ADR-006).</summary>
public sealed record ObjectiveView(
    Guid Id,
    Guid PlanId,
    ObjectiveLevel Level,
    ObjectiveKind Kind,
    int Number,
    string? Code,
    Guid? ParentObjectiveId,
    decimal? ShareOfParentPct,
    Guid? OwnerUnitId,
    string? OwnerUnit,
    Guid? ResponsiblePersonId,
    string? ResponsiblePerson,
    string? Theme,
    string Title,
    string? Description,
    IReadOnlyList<string> MandateLines,
    string? DupCode,
    IReadOnlyList<string> BudgetProgrammes,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? EndText,
    decimal? Weight,
    string? ExpectedResult,
    string? VerificationMethod,
    string? Stakeholders,
    string? ExternalContributors,
    ObjectiveStatus Status,
    string? CancellationReason,
    bool IsContingent,
    bool IsPaymentTimes,
    string? ReviewNote,
    IReadOnlyList<IndicatorView> Indicators,
    IReadOnlyList<YearTargetView> YearTargets,
    IReadOnlyList<PhaseView> Phases,
    IReadOnlyList<string> Staff,
    IReadOnlyList<ContributionView> Contributions,
    AchievementRuleView? AchievementRule,
    IReadOnlyList<ObjectiveView> Children,
    uint Version = 0,
    string? Parent = null,
    WeightingGridView? WeightingGrid = null);

public sealed record IndicatorView(Guid Id, string Name, string? Description, string? FormulaText, IndicatorUnit Unit, Polarity Polarity,
    string? Target, string? Baseline, string? DataSource, IReadOnlyList<IndicatorHistoryValue> History);

public sealed record YearTargetView(int Year, bool NotApplicable, decimal? ExpectedPct, decimal? ActualPct);

public sealed record PhaseView(int Order, string Title, DateOnly? DueDate, bool Completed);

/// <summary>A unit's part in a shared objective; <see cref="AbsoluteWeight"/> is "peso assoluto in capo all'Area" when the card has a pesatura.</summary>
public sealed record ContributionView(Guid OrgUnitId, string Unit, decimal ContributionPct, string? ExpectedValue, string? MeasurementIndicators, string? ExpectedOutcome,
    decimal? AbsoluteWeight = null);

/// <summary>The pesatura's four ratings and its Esito on the ente's scale (SPEC §1.12).</summary>
public sealed record WeightingGridView(RatingLevel Importance, RatingLevel ExternalImpact, RatingLevel Complexity, RatingLevel Feasibility, int Score);

public sealed record AchievementRuleView(AchievementRuleKind Kind, string? MeasureUnit, IReadOnlyList<AchievementStep> Steps);
