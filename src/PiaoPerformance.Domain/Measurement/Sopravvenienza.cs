namespace PiaoPerformance.Domain.Measurement;

/// <summary>
/// An event after planning that the NIV weighs (SPEC §2.6, S0:622: extensions granted by the funder, interruptions
/// for force majeure): the day, what happened, who recorded it and when.
/// </summary>
public sealed class Sopravvenienza
{
    private Sopravvenienza()
    {
    }

    internal Sopravvenienza(int order, DateOnly date, string description, Guid byPersonId, DateTimeOffset at)
    {
        Order = order;
        Date = date;
        Description = description;
        ByPersonId = byPersonId;
        At = at;
    }

    public int Order { get; private set; }

    public DateOnly Date { get; private set; }

    public string Description { get; private set; } = "";

    public Guid ByPersonId { get; private set; }

    public DateTimeOffset At { get; private set; }
}
