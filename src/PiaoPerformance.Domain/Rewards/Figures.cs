using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Rewards;

/// <summary>it-IT figures for explanation lines: "€ 28.415,99", "0,978022", "11,23".</summary>
internal static class Figures
{
    public static string Money(decimal amount) => "€ " + amount.ToString("#,##0.00", Format.Italian);

    /// <summary>Up to six decimals, so an unrounded intermediate can be followed by hand.</summary>
    public static string Number(decimal value) => value.ToString("#,##0.######", Format.Italian);

    /// <summary>A coefficient as the SMVP prints it, with two decimals at least: "1,00", "1,19".</summary>
    public static string Coefficient(decimal value) => value.ToString("#,##0.00####", Format.Italian);
}
