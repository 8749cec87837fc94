using System.Globalization;
using System.Text;

namespace PiaoPerformance.Web.Components.Charts;

/// <summary>
/// The charts' colours and patterns (ADR-023): Okabe-Ito hues darkened to reach 3:1 against white (WCAG 1.4.11 for
/// graphics), each with its own pattern (solid, stripes, dots, cross-hatch) so that bands differ without colour, and
/// every bar carries its value as text. SVG attributes only: the PDFs print without the app's stylesheets.
/// </summary>
public static class ChartPalette
{
    /// <summary>Blue, vermilion, bluish green, reddish purple: each at least 3:1 on white.</summary>
    public static readonly string[] Colours = ["#0072B2", "#C04F00", "#007A5E", "#9B4F86"];

    public const string Text = "#1A1A1A";

    public const string Grid = "#767676";

    public const string Warning = "#8A4B00";

    public static string Colour(int tone) => Colours[Math.Abs(tone) % Colours.Length];

    /// <summary>The fill of a tone: a pattern id of this chart's &lt;defs&gt;.</summary>
    public static string Fill(string chartId, int tone) => $"url(#{chartId}-t{Math.Abs(tone) % Colours.Length})";

    /// <summary>The &lt;defs&gt; of a chart: one pattern per tone.</summary>
    public static string Defs(string chartId)
    {
        var defs = new StringBuilder("<defs>");
        for (var tone = 0; tone < Colours.Length; tone++)
        {
            var c = Colours[tone];
            defs.Append(CultureInfo.InvariantCulture, $"<pattern id=\"{chartId}-t{tone}\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">")
                .Append(CultureInfo.InvariantCulture, $"<rect width=\"8\" height=\"8\" fill=\"{c}\"/>")
                .Append(tone switch
                {
                    1 => "<path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" stroke=\"#fff\" stroke-width=\"1.6\"/>",
                    2 => "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#fff\"/>",
                    3 => "<path d=\"M0,4 h8 M4,0 v8\" stroke=\"#fff\" stroke-width=\"1.4\"/>",
                    _ => "",
                })
                .Append("</pattern>");
        }

        return defs.Append("</defs>").ToString();
    }

    /// <summary>A coordinate for an SVG attribute: invariant, at most two decimals.</summary>
    public static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
