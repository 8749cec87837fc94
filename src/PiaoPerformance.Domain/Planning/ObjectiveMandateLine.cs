namespace PiaoPerformance.Domain.Planning;

/// <summary>Link of an objective to one of the ente's mandate lines (many-to-many, S0:241).</summary>
public sealed class ObjectiveMandateLine
{
    private ObjectiveMandateLine()
    {
    }

    internal ObjectiveMandateLine(Guid municipalityId, Guid mandateLineId)
    {
        MunicipalityId = municipalityId;
        MandateLineId = mandateLineId;
    }

    public Guid MunicipalityId { get; private set; }

    public Guid MandateLineId { get; private set; }
}
