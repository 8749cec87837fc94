namespace PiaoPerformance.Domain.Lifecycle;

/// <summary>
/// Where one unit's cards stand in the plan being drafted: sent for approval by its responsabile, or sent back by the
/// Segretario with a reason. A unit with no entry is still in Bozza.
/// </summary>
public sealed class UnitSubmission
{
    private UnitSubmission()
    {
    }

    internal UnitSubmission(Guid municipalityId, Guid orgUnitId)
    {
        MunicipalityId = municipalityId;
        OrgUnitId = orgUnitId;
    }

    public Guid MunicipalityId { get; private set; }

    public Guid OrgUnitId { get; private set; }

    public bool IsSubmitted { get; private set; }

    /// <summary>When it was last sent or sent back.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public Guid ChangedByPersonId { get; private set; }

    /// <summary>Why the Segretario sent it back; cleared when it is sent again.</summary>
    public string? ReturnReason { get; private set; }

    internal void Submit(Guid byPersonId, DateTimeOffset at)
    {
        IsSubmitted = true;
        ReturnReason = null;
        ChangedAt = at;
        ChangedByPersonId = byPersonId;
    }

    internal void SendBack(string reason, Guid byPersonId, DateTimeOffset at)
    {
        IsSubmitted = false;
        ReturnReason = reason;
        ChangedAt = at;
        ChangedByPersonId = byPersonId;
    }
}
