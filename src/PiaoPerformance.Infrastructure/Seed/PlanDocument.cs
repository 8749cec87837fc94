using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Infrastructure.Seed;

// The shape of a plan data file (Seed/Data/*.json): an ente, its cycle and the whole 2.2 plan.
// Described for people in docs/demo-data.md.
public sealed record PlanDocument(
    int SchemaVersion,
    MunicipalityDoc Municipality,
    CycleDoc Cycle,
    IReadOnlyList<MandateLineDoc> MandateLines,
    IReadOnlyList<DupCodeDoc> DupCodes,
    IReadOnlyList<PersonDoc> People,
    IReadOnlyList<CrossCuttingDoc> CrossCuttingObjectives,
    IReadOnlyList<string> PaymentTimesNotes,
    IReadOnlyList<UnitDoc> Units,
    MethodNotesDoc MethodNotes);

public sealed record MunicipalityDoc(string Code, string Name, MunicipalityKind Kind, string? Province, string UnitLabel, string? Mayor);

public sealed record CycleDoc(int StartYear, int EndYear, string Title, string? Annex);

public sealed record MandateLineDoc(string Code, string Name);

public sealed record DupCodeDoc(string Code, string? Description);

public sealed record PersonDoc(string Key, string? Title, string GivenName, string FamilyName);

public sealed record CrossCuttingDoc(
    int Number,
    string Title,
    decimal Weight,
    IReadOnlyList<string> MandateLines,
    string? DupCode,
    bool IsPaymentTimes,
    IReadOnlyList<CrossCuttingChildDoc> Children);

public sealed record CrossCuttingChildDoc(
    int Number,
    string Title,
    decimal ShareOfParentPct,
    string? ExpectedResult,
    string? EndText,
    IReadOnlyList<IndicatorDoc> Indicators,
    RuleDoc? AchievementRule);

public sealed record UnitDoc(
    string Key,
    OrgUnitKind Kind,
    string Code,
    string Name,
    string? Heading,
    int Order,
    string? PoliticalOwner,
    string? HumanResourcesNote,
    string? FinancialResourcesNote,
    string? AssetsNote,
    IReadOnlyList<ManagerDoc> Managers,
    IReadOnlyList<StaffDoc> Staff,
    IReadOnlyList<ObjectiveDoc> Objectives);

public sealed record ManagerDoc(string Person, ManagerRole Role, DateOnly From, DateOnly? To, bool IsInterim, IReadOnlyList<string>? ScopeServices);

public sealed record StaffDoc(string Person, string ProfileTitle, ClassificationArea ClassificationArea, decimal PartTimePct, DateOnly From, DateOnly? To);

public sealed record ObjectiveDoc(
    int Number,
    string? Theme,
    IReadOnlyList<string> MandateLines,
    string? DupCode,
    string Title,
    string? Responsible,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? EndText,
    decimal? Weight,
    string? ExpectedResult,
    IReadOnlyList<IndicatorDoc> Indicators,
    string? VerificationMethod,
    IReadOnlyList<YearTargetDoc> YearTargets,
    RuleDoc? AchievementRule,
    bool IsContingent,
    string? ReviewNote);

public sealed record IndicatorDoc(string Name, string? FormulaText, IndicatorUnit Unit, Polarity Polarity, string? Target);

public sealed record YearTargetDoc(int Year, decimal? ExpectedPct, bool NotApplicable);

public sealed record RuleDoc(AchievementRuleKind Kind, string? Unit, IReadOnlyList<StepDoc>? Steps);

public sealed record StepDoc(string Label, decimal? LowerBound, decimal AchievementPct);

public sealed record MethodNotesDoc(string Title, string Intro, IReadOnlyList<string> Items);
