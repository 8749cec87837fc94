namespace PiaoPerformance.Domain.Sheets;

/// <summary>
/// An objective counted in component B of the sheet, with its weight on the sheet (null on every one = equal weights,
/// SPEC §2.9) and the board's agreed achievement when it has been taken in (<see cref="AgreedAchievement"/>).
/// </summary>
public sealed class SheetObjective
{
    private SheetObjective()
    {
    }

    internal SheetObjective(Guid municipalityId, int order, Guid objectiveId, string code, decimal? weight, bool isPaymentTimes = false, int sharedBy = 1)
    {
        IsPaymentTimes = isPaymentTimes;
        SharedBy = Math.Max(1, sharedBy);
        MunicipalityId = municipalityId;
        Order = order;
        ObjectiveId = objectiveId;
        Code = code;
        Weight = weight;
    }

    public Guid MunicipalityId { get; private set; }

    /// <summary>Position on the sheet, from 1, as the opener listed the objectives.</summary>
    public int Order { get; private set; }

    public Guid ObjectiveId { get; private set; }

    /// <summary>How the sheet names it ("II.1"), as the card is numbered.</summary>
    public string Code { get; private set; } = "";

    public decimal? Weight { get; private set; }

    /// <summary>SPEC §2.10: the card is the payment-times (ITP) objective; in the money-share model its share is the 30 %.</summary>
    public bool IsPaymentTimes { get; private set; }

    /// <summary>SPEC §4.16, AMB-18 [PROP]: the employees the card involves ("Personale coinvolto"), at least 1.</summary>
    public int SharedBy { get; private set; } = 1;

    /// <summary>The NIV's agreed achievement in % (0..100), null until taken in.</summary>
    public decimal? AgreedPct { get; private set; }

    public bool Excluded { get; private set; }

    internal void Agree(decimal? pct, bool excluded)
    {
        AgreedPct = pct;
        Excluded = excluded;
    }
}
