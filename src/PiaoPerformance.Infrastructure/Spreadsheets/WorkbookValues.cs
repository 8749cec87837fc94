using System.Text;

namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>The one normal form of values, so an exported cell and the same cell read back compare equal.</summary>
internal static class WorkbookValues
{
    /// <summary>15.50 → 15.5, 100.0000 → 100 (numeric(7,4) columns come back with trailing zeros).</summary>
    public static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>Drops the control characters XML 1.0 cannot hold (they would make the workbook unreadable).</summary>
    public static string XmlSafe(string text)
    {
        if (text.All(c => c >= ' ' || c is '\t' or '\n' or '\r'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r'))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }
}
