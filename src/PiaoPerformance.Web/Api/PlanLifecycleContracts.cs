using PiaoPerformance.Infrastructure.Planning;

namespace PiaoPerformance.Web.Api;

/// <summary>Why the Segretario sends a unit's cards back.</summary>
public sealed record ReturnUnitRequest(string? Reason);

/// <summary>The Giunta deliberation that adopts the plan (number and date).</summary>
public sealed record ApprovePlanRequest(string? DeliberationNumber, DateOnly? DeliberationDate);

/// <summary>A variazione: its reason and the act deciding it.</summary>
public sealed record StartVariationRequest(string? Reason, string? ActNumber, DateOnly? ActDate);

/// <summary>
/// A card's new descriptive fields, weight and yearly targets (Attesa). <see cref="Version"/> is the card's
/// <c>version</c> as read: a card saved by someone else since then answers 409. The card's links (parent, budget
/// programmes, staff, parties, contributions, pesatura) are in ObjectiveEditContracts.cs.
/// </summary>
public sealed partial record UpdateObjectiveRequest(
    uint? Version,
    string? Title,
    string? Theme,
    string? Description,
    string? ExpectedResult,
    string? VerificationMethod,
    decimal? Weight,
    IReadOnlyList<YearTargetEdit>? YearTargets);
