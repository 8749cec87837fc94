namespace PiaoPerformance.Domain.Measurement;

/// <summary>
/// A closed report opened again for a late entry: who, when and why; closed again when the report is sent anew.
/// </summary>
public sealed class ReportReopening
{
    private ReportReopening()
    {
    }

    internal ReportReopening(int order, string reason, Guid byPersonId, DateTimeOffset at)
    {
        Order = order;
        Reason = reason;
        ByPersonId = byPersonId;
        At = at;
    }

    public int Order { get; private set; }

    public string Reason { get; private set; } = "";

    public Guid ByPersonId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsOpen => ClosedAt is null;

    internal void Close(DateTimeOffset at) => ClosedAt = at;
}
