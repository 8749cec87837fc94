using System.Globalization;

namespace PiaoPerformance.Domain.Sheets;

internal static class SheetText
{
    public static IReadOnlyList<int> Ints(string text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();

    public static string Join(IEnumerable<int> scores) => string.Join(',', scores.Select(s => s.ToString(CultureInfo.InvariantCulture)));
}
