using System.Globalization;
using System.Text.RegularExpressions;

namespace PiaoPerformance.Infrastructure.Pdf;

/// <summary>
/// Chromium writes a named destination for every element a link points to (<c>&lt;a href="#id"&gt;</c>), on the page
/// where the element was printed. <c>pdfinfo -dests</c> lists them: that is the page number of each section, exact,
/// without guessing from the extracted text.
/// </summary>
public static partial class PdfDestinations
{
    /// <summary>Parses <c>pdfinfo -dests</c>: lines like <c>   3 [ XYZ    6  670 null      ] "unit-I"</c>.</summary>
    public static IReadOnlyDictionary<string, int> Parse(string pdfinfoOutput)
    {
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in DestinationLine().Matches(pdfinfoOutput))
        {
            pages.TryAdd(m.Groups["name"].Value, int.Parse(m.Groups["page"].Value, CultureInfo.InvariantCulture));
        }

        return pages;
    }

    [GeneratedRegex("""^\s*(?<page>\d+)\s+\[.*\]\s+"(?<name>[^"]+)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex DestinationLine();
}
