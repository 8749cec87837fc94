namespace PiaoPerformance.Web.Components.Charts;

/// <summary>
/// One bar: its label, the value that sets its length (null: no bar, <see cref="Display"/> says why), the value as the
/// reader reads it (it-IT), and the tone (colour and pattern) that tells bands apart without colour alone.
/// </summary>
public sealed record ChartBar(string Label, decimal? Value, string Display, int Tone = 0);

/// <summary>A group of bars under a heading (the ente, a unit); a null label draws no heading.</summary>
public sealed record ChartGroup(string? Label, IReadOnlyList<ChartBar> Bars);
