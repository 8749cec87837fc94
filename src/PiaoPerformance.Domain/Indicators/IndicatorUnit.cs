namespace PiaoPerformance.Domain.Indicators;

/// <summary>What an indicator measures in (SPEC §1.14).</summary>
public enum IndicatorUnit
{
    Percent,
    Count,
    Boolean,
    Date,
    Text,
}
