namespace PiaoPerformance.Domain.Lifecycle;

/// <summary>
/// A variazione of an approved plan: the reason and the act that decides it. It opens version
/// <see cref="VersionNumber"/> of the plan in Bozza; the earlier version stays as it was approved.
/// </summary>
public sealed class PlanVariation
{
    private PlanVariation()
    {
    }

    internal PlanVariation(Guid municipalityId, int versionNumber, string reason, string actNumber, DateOnly actDate, DateTimeOffset recordedAt, Guid recordedByPersonId)
    {
        MunicipalityId = municipalityId;
        VersionNumber = versionNumber;
        Reason = reason;
        ActNumber = actNumber;
        ActDate = actDate;
        RecordedAt = recordedAt;
        RecordedByPersonId = recordedByPersonId;
    }

    public Guid MunicipalityId { get; private set; }

    /// <summary>The version this variazione opened (2 for the first variazione).</summary>
    public int VersionNumber { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>Number of the act deciding the variazione, e.g. a Giunta deliberation.</summary>
    public string ActNumber { get; private set; } = "";

    public DateOnly ActDate { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedByPersonId { get; private set; }
}
