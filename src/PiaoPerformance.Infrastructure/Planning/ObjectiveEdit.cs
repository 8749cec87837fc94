namespace PiaoPerformance.Infrastructure.Planning;

/// <summary>
/// A change of a card's descriptive fields, weight and yearly targets (Attesa), as a form or <c>PUT
/// /api/v1/objectives/{id}</c> sends it: every field is replaced by what is given (null clears an optional one).
/// </summary>
public sealed record ObjectiveEdit(
    string Title,
    string? Theme = null,
    string? Description = null,
    string? ExpectedResult = null,
    string? VerificationMethod = null,
    decimal? Weight = null,
    IReadOnlyList<YearTargetEdit>? YearTargets = null);

/// <summary>"Attesa" for one year, or "//" (<see cref="NotApplicable"/>) when the objective does not apply that year.</summary>
public sealed record YearTargetEdit(int Year, decimal? ExpectedPct, bool NotApplicable = false);
