using System.Globalization;

namespace PiaoPerformance.Domain.Common;

/// <summary>Italian formats for the messages the domain writes (it-IT: "4,5", "31/12/2024").</summary>
public static class Format
{
    public static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    public static string Number(decimal value) => value.ToString("0.##", Italian);

    public static string Date(DateOnly value) => value.ToString("dd/MM/yyyy", Italian);
}
