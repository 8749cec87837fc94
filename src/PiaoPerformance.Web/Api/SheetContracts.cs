using System.Text.Json;

namespace PiaoPerformance.Web.Api;

// POST /api/v1/scoring/sheet: the request and response shapes named in issue 4, field for field. Optional fields have
// a default, so that OpenAPI does not list them as required.

public sealed record SheetRequest(
    string? Role,
    int? Year,
    decimal? EntePerformance,
    IReadOnlyList<SheetObjectiveRequest>? Objectives,
    IReadOnlyList<int>? BehaviourScores,
    SanctionsRequest? Sanctions = null,
    ServiceRequest? Service = null,
    PayRequest? Pay = null,
    OptionsRequest? Options = null);

public sealed record SheetObjectiveRequest(
    string? Id,
    decimal? Weight = null,
    decimal? AchievementPct = null,
    RuleRequest? Rule = null,
    decimal? MeasuredValue = null,
    JsonElement? ReachedStep = null,
    bool? Reached = null,
    bool Excluded = false,
    string? ExclusionReason = null,
    bool ContingentNotExercised = false,
    bool ThirdPartyDelay = false,
    string? ThirdPartyDelayReason = null,
    decimal? OverridePct = null,
    string? OverrideReason = null,
    bool IsPaymentTimes = false,
    int SharedBy = 1);

/// <summary><c>steps</c>: [{from, pct}] for thresholds, [{label, pct}] for milestones; <c>target</c> and <c>polarity</c> for proportional rules.</summary>
public sealed record RuleRequest(string? Kind, IReadOnlyList<RuleStepRequest>? Steps = null, decimal? Target = null, string? Polarity = null);

public sealed record RuleStepRequest(decimal? From = null, string? Label = null, decimal? Pct = null);

public sealed record SanctionsRequest(int WrittenReprimand = 0, int Fine = 0, int Suspension = 0, bool Dismissal = false);

public sealed record ServiceRequest(DateOnly? From = null, DateOnly? To = null, decimal? PartTimePct = null, bool VerticalPartTime = false, bool ProtectedAbsence = false);

public sealed record PayRequest(decimal? Maximum = null, bool InterimIncrease = false, bool? PaymentTimesMet = null);

/// <summary><c>weightModel</c>: <c>score</c> (default, weights make the score) or <c>moneyShare</c> (S2, SPEC §4.16: weights are shares of the money).</summary>
public sealed record OptionsRequest(
    string? SanctionCombination = null, bool? RoundTotal = null, string? PaymentTimesMode = null, string? ProrationBasis = null, string? WeightModel = null);

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
