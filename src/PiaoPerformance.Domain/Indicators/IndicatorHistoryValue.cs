namespace PiaoPerformance.Domain.Indicators;

/// <summary>A past value of an indicator ("2020 | 2019" columns, S4:19).</summary>
public sealed record IndicatorHistoryValue(int Year, string Value);
