using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// it-IT figures for explanation lines. Display only: the values used in the computation are never rounded
/// (SPEC §6: "Intermediate values are unrounded").
/// </summary>
internal static class Show
{
    /// <summary>A score with 2 to 4 decimals: "24,00", "92,125", "83,3333".</summary>
    public static string Score(decimal value) => value.ToString("#,##0.00##", Format.Italian);

    /// <summary>A weight, a share or a count with up to 4 decimals and none when whole: "10", "33,3333".</summary>
    public static string Number(decimal value) => value.ToString("#,##0.####", Format.Italian);

    /// <summary>A percentage: "25 %", "92,2857 %".</summary>
    public static string Pct(decimal value) => Number(value) + " %";

    /// <summary>A sum of money: "€ 7.700,00"; intermediates keep up to 4 decimals ("€ 599,9999").</summary>
    public static string Money(decimal value) => "€ " + value.ToString("#,##0.00##", Format.Italian);

    /// <summary>
    /// A score compared with <paramref name="bound"/> (and <paramref name="other"/>, the next bound, if any): with every
    /// decimal when 4 would blur which side of a bound it falls on (89,99999 must not read "90,00").
    /// </summary>
    public static string Against(decimal value, decimal bound, decimal? other = null)
    {
        var shown = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        var blurred = (shown >= bound) != (value >= bound) || (other is { } next && (shown >= next) != (value >= next));
        return blurred ? value.ToString("#,##0.00############################", Format.Italian) : Score(value);
    }
}
