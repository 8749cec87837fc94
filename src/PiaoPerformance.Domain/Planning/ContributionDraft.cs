namespace PiaoPerformance.Domain.Planning;

/// <summary>What a caller proposes for a unit's contribution to a shared objective.</summary>
public sealed record ContributionDraft(
    Guid OrgUnitId,
    decimal ContributionPct,
    string? ExpectedValue = null,
    string? MeasurementIndicators = null,
    string? ExpectedOutcome = null);
