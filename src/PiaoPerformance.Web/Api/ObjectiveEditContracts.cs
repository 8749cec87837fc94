using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Planning;

namespace PiaoPerformance.Web.Api;

// PUT /api/v1/objectives/{id}: the card's links. Each part left out of the body (null) stays as it is.

public sealed partial record UpdateObjectiveRequest
{
    /// <summary>The strategic objective of the plan and the share of it; <c>{"parentObjectiveId": null}</c> detaches the card.</summary>
    public ObjectiveParentRequest? Parent { get; init; }

    /// <summary>The ids of the (Missione, Programma) pairs of the ente's lookup, in order.</summary>
    public IReadOnlyList<Guid>? BudgetProgrammeIds { get; init; }

    /// <summary>"Personale coinvolto": ids of people on the staff of the card's unit in the plan's years.</summary>
    public IReadOnlyList<Guid>? StaffPersonIds { get; init; }

    /// <summary>"Stakeholder" and "Altri soggetti che contribuiscono".</summary>
    public ObjectivePartiesRequest? Parties { get; init; }

    /// <summary>The units contributing to a shared objective; the percentages total 100. An empty list removes them.</summary>
    public IReadOnlyList<ObjectiveContributionRequest>? Contributions { get; init; }

    /// <summary>The pesatura: four ratings Alto/Medio/Basso, or all four null to remove it.</summary>
    public ObjectiveWeightingGridRequest? WeightingGrid { get; init; }

    /// <summary>The change the edit service applies.</summary>
    public ObjectiveEdit ToEdit() => new(Title ?? "", Theme, Description, ExpectedResult, VerificationMethod, Weight, YearTargets)
    {
        Parent = Parent is { } parent ? new ParentEdit(parent.ParentObjectiveId, parent.ShareOfParentPct) : null,
        BudgetProgrammeIds = BudgetProgrammeIds,
        StaffPersonIds = StaffPersonIds,
        Parties = Parties is { } parties ? new PartiesEdit(parties.Stakeholders, parties.ExternalContributors) : null,
        Contributions = Contributions?.Select((c, i) => new ContributionEdit(
            ApiJson.Required(c.OrgUnitId, $"contributions[{i}].orgUnitId", "Unità che contribuisce"),
            ApiJson.Required(c.ContributionPct, $"contributions[{i}].contributionPct", "Percentuale di contribuzione"),
            c.ExpectedValue, c.MeasurementIndicators, c.ExpectedOutcome)).ToList(),
        WeightingGrid = WeightingGrid?.ToEdit(),
    };
}

public sealed record ObjectiveParentRequest(Guid? ParentObjectiveId, decimal? ShareOfParentPct);

public sealed record ObjectivePartiesRequest(string? Stakeholders, string? ExternalContributors);

public sealed record ObjectiveContributionRequest(
    Guid? OrgUnitId,
    decimal? ContributionPct,
    string? ExpectedValue = null,
    string? MeasurementIndicators = null,
    string? ExpectedOutcome = null);

public sealed record ObjectiveWeightingGridRequest(Rilevanza? Importance, Rilevanza? ExternalImpact, Rilevanza? Complexity, Rilevanza? Feasibility)
{
    public WeightingGridEdit ToEdit() => Importance is null && ExternalImpact is null && Complexity is null && Feasibility is null
        ? WeightingGridEdit.None
        : new WeightingGridEdit(new WeightingGrid(
            Level(Importance, "weightingGrid.importance", "Importanza"),
            Level(ExternalImpact, "weightingGrid.externalImpact", "Impatto esterno"),
            Level(Complexity, "weightingGrid.complexity", "Complessità"),
            Level(Feasibility, "weightingGrid.feasibility", "Realizzabilità")));

    private static RatingLevel Level(Rilevanza? value, string field, string label) => ApiJson.Required(value, field, label) switch
    {
        Rilevanza.Alto => RatingLevel.High,
        Rilevanza.Medio => RatingLevel.Medium,
        _ => RatingLevel.Low,
    };
}
