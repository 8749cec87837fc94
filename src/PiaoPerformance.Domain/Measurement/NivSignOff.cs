namespace PiaoPerformance.Domain.Measurement;

/// <summary>
/// One NIV member's sign-off of the measure as it stood (SPEC §2.1 [PROP]: one agreed score per objective, with
/// sign-off from each member): the value signed (null when signed as excluded) and when.
/// </summary>
public sealed class NivSignOff
{
    private NivSignOff()
    {
    }

    internal NivSignOff(Guid memberPersonId, decimal? signedPct, bool signedExcluded, DateTimeOffset at)
    {
        MemberPersonId = memberPersonId;
        SignedPct = signedPct;
        SignedExcluded = signedExcluded;
        At = at;
    }

    public Guid MemberPersonId { get; private set; }

    public decimal? SignedPct { get; private set; }

    public bool SignedExcluded { get; private set; }

    public DateTimeOffset At { get; private set; }
}
