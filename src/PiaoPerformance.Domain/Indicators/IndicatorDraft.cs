namespace PiaoPerformance.Domain.Indicators;

/// <summary>What a caller proposes for an indicator; <see cref="Indicator"/> checks it.</summary>
public sealed record IndicatorDraft(
    string Name,
    string? FormulaText = null,
    IndicatorUnit Unit = IndicatorUnit.Text,
    Polarity Polarity = Polarity.HigherIsBetter,
    string? Target = null,
    string? Baseline = null,
    string? DataSource = null,
    string? Description = null,
    IReadOnlyList<IndicatorHistoryValue>? History = null);
