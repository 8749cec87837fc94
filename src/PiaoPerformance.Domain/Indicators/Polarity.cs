namespace PiaoPerformance.Domain.Indicators;

/// <summary>Whether more is better (adesioni) or less is better (ITP, ritardo) (SPEC §1.14).</summary>
public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,
}
