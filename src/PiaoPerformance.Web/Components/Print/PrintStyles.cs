using System.Collections.Concurrent;
using System.Text;

namespace PiaoPerformance.Web.Components.Print;

/// <summary>
/// The document's CSS (piao-print.css, embedded) as a &lt;style&gt; element: Razor would HTML-encode an expression inside
/// &lt;style&gt;, so the component writes it as markup (ADR-010). For the PDF it also embeds Titillium Web as base64
/// woff2 (copied from bootstrap-italia's npm package into the assembly at build time): the print has no web server to
/// fetch fonts from. The preview page already has the font from Bootstrap Italia.
/// </summary>
public static class PrintStyles
{
    private static readonly (string File, string Weight, string Style)[] Faces =
    [
        ("regular", "400", "normal"),
        ("italic", "400", "italic"),
        ("600", "600", "normal"),
        ("700", "700", "normal"),
    ];

    private static readonly ConcurrentDictionary<bool, string> Cache = new();

    public static string Css(bool forPrint) => Cache.GetOrAdd(forPrint, print =>
    {
        var css = new StringBuilder("<style>");
        if (print)
        {
            foreach (var (file, weight, style) in Faces)
            {
                css.Append("@font-face{font-family:'Titillium Web';font-weight:").Append(weight).Append(";font-style:").Append(style)
                    .Append(";src:url(data:font/woff2;base64,").Append(Convert.ToBase64String(Resource($"Print.Fonts.titillium-{file}.woff2")))
                    .Append(") format('woff2');}");
            }
        }

        css.Append(Encoding.UTF8.GetString(Resource("Print.piao-print.css"))).Append("</style>");
        return css.ToString();
    });

    private static byte[] Resource(string name)
    {
        using var stream = typeof(PrintStyles).Assembly.GetManifestResourceStream($"PiaoPerformance.Web.{name}")
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing (see PiaoPerformance.Web.csproj).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
