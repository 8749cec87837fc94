namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// One merit band (fascia): reached when the score is at least <see cref="LowerBound"/> (SPEC §4.3, lower bounds
/// only); it pays <see cref="PayPct"/> % of the maximum (SPEC §4.1, §4.2).
/// </summary>
public sealed record PayBand(decimal LowerBound, decimal PayPct, string Label);
