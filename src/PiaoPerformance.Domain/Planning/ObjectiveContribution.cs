namespace PiaoPerformance.Domain.Planning;

/// <summary>
/// A unit's part in a shared objective: "% di contribuzione", its own expected value and indicators (S4:31-43).
/// </summary>
public sealed class ObjectiveContribution
{
    private ObjectiveContribution()
    {
    }

    internal ObjectiveContribution(Guid municipalityId, ContributionDraft draft)
    {
        MunicipalityId = municipalityId;
        OrgUnitId = draft.OrgUnitId;
        ContributionPct = draft.ContributionPct;
        ExpectedValue = draft.ExpectedValue;
        MeasurementIndicators = draft.MeasurementIndicators;
        ExpectedOutcome = draft.ExpectedOutcome;
    }

    public Guid MunicipalityId { get; private set; }

    public Guid OrgUnitId { get; private set; }

    public decimal ContributionPct { get; private set; }

    public string? ExpectedValue { get; private set; }

    public string? MeasurementIndicators { get; private set; }

    public string? ExpectedOutcome { get; private set; }
}
