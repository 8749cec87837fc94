namespace PiaoPerformance.Domain.Scoring;

/// <summary>SPEC §4.10: how part-year service prorates the money.</summary>
public enum ProrationBasis
{
    /// <summary>Default: days of service in the year / 365 or 366.</summary>
    Days,
    /// <summary>Option: whole months of service / 12.</summary>
    Months,
}
