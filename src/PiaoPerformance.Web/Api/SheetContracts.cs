using System.Text.Json;

namespace PiaoPerformance.Web.Api;

// POST /api/v1/scoring/sheet: the request and response shapes named in issue 4, field for field.

public sealed record SheetRequest(
    string? Role,
    int? Year,
    decimal? EntePerformance,
    IReadOnlyList<SheetObjectiveRequest>? Objectives,
    IReadOnlyList<int>? BehaviourScores,
    SanctionsRequest? Sanctions,
    ServiceRequest? Service,
    PayRequest? Pay,
    OptionsRequest? Options);

public sealed record SheetObjectiveRequest(
    string? Id,
    decimal? Weight,
    decimal? AchievementPct,
    RuleRequest? Rule,
    decimal? MeasuredValue,
    JsonElement? ReachedStep,
    bool? Reached,
    bool Excluded = false,
    string? ExclusionReason = null,
    bool ContingentNotExercised = false,
    bool ThirdPartyDelay = false,
    string? ThirdPartyDelayReason = null,
    decimal? OverridePct = null,
    string? OverrideReason = null);

/// <summary><c>steps</c>: [{from, pct}] for thresholds, [{label, pct}] for milestones; <c>target</c> and <c>polarity</c> for proportional rules.</summary>
public sealed record RuleRequest(string? Kind, IReadOnlyList<RuleStepRequest>? Steps, decimal? Target, string? Polarity);

public sealed record RuleStepRequest(decimal? From, string? Label, decimal? Pct);

public sealed record SanctionsRequest(int WrittenReprimand = 0, int Fine = 0, int Suspension = 0, bool Dismissal = false);

public sealed record ServiceRequest(DateOnly? From, DateOnly? To, decimal? PartTimePct, bool VerticalPartTime = false, bool ProtectedAbsence = false);

public sealed record PayRequest(decimal? Maximum, bool InterimIncrease = false, bool? PaymentTimesMet = null);

public sealed record OptionsRequest(string? SanctionCombination, bool? RoundTotal, string? PaymentTimesMode, string? ProrationBasis);

public sealed record SheetResponse(
    IReadOnlyList<SheetObjectiveResponse> Objectives,
    decimal ObjectivesSum,
    decimal A,
    decimal B,
    decimal C,
    decimal D,
    decimal SanctionCutPct,
    decimal DAfterSanctions,
    BandResponse? Band,
    bool Negative,
    bool Evaluable,
    string? NotEvaluableReason,
    decimal ServiceFactor,
    decimal? Pay,
    IReadOnlyList<string> Explanation);

public sealed record SheetObjectiveResponse(string Id, decimal OriginalWeight, decimal EffectiveWeight, decimal? AchievementPct, decimal WeightedScore, bool Excluded);

public sealed record BandResponse(string Label, decimal PayPct);
