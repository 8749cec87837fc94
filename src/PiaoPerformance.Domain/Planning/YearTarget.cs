namespace PiaoPerformance.Domain.Planning;

/// <summary>
/// One year of the "Percentuale di raggiungimento" table: Attesa, Realizzata, or "//" when the objective does not
/// apply that year (SPEC §1.8).
/// </summary>
public sealed class YearTarget
{
    private YearTarget()
    {
    }

    internal YearTarget(Guid municipalityId, int year)
    {
        MunicipalityId = municipalityId;
        Year = year;
    }

    public Guid MunicipalityId { get; private set; }

    public int Year { get; private set; }

    /// <summary>Printed "//".</summary>
    public bool NotApplicable { get; private set; }

    /// <summary>Attesa: the planned percentage.</summary>
    public decimal? ExpectedPct { get; private set; }

    /// <summary>Realizzata: set by the NIV after the year (SPEC §2.2).</summary>
    public decimal? ActualPct { get; private set; }

    internal void Plan(decimal? expectedPct, bool notApplicable)
    {
        NotApplicable = notApplicable;
        ExpectedPct = notApplicable ? null : expectedPct;
        if (notApplicable)
        {
            ActualPct = null;
        }
    }

    internal void Record(decimal? actualPct) => ActualPct = actualPct;
}
