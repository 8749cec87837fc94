using System.Diagnostics;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// A downloaded PDF read with poppler-utils (installed by scripts/test) as any reader would: the text of each page
/// (<c>pdftotext</c>, pages split on form feed), <c>pdfinfo</c>, its XMP (<c>pdfinfo -meta</c>), <c>pdffonts</c>.
/// The file stays in the temp folder (<see cref="Path"/>) so a failing test can be looked at.
/// </summary>
public sealed class PdfDocument
{
    private PdfDocument(string path, byte[] bytes, IReadOnlyList<string> pages, IReadOnlyList<string> layoutPages)
    {
        Path = path;
        Bytes = bytes;
        Pages = pages;
        LayoutPages = layoutPages;
    }

    public string Path { get; }

    public byte[] Bytes { get; }

    /// <summary>
    /// Each page's text in reading order, whitespace collapsed (<see cref="DemoPlan.Normalise"/>); page n is
    /// <c>Pages[n - 1]</c>. Diagonal text (the BOZZA watermark) is left out (<c>-nodiag</c>): it would cut other text.
    /// </summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>Each page as laid out (<c>-layout</c>): one printed line per line, for tables read across.</summary>
    public IReadOnlyList<string> LayoutPages { get; }

    public string Text => string.Join(' ', Pages);

    public static async Task<PdfDocument> ReadAsync(byte[] bytes, string name)
    {
        var dir = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "piao-pdf-tests"));
        var path = System.IO.Path.Combine(dir.FullName, $"{name}-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, bytes);
        var text = await RunAsync("pdftotext", "-nodiag", "-enc", "UTF-8", path, "-");
        var layout = await RunAsync("pdftotext", "-layout", "-nodiag", "-enc", "UTF-8", path, "-");
        return new PdfDocument(path, bytes, SplitPages(text).Select(DemoPlan.Normalise).ToList(), SplitPages(layout));
    }

    /// <summary>
    /// Text compared without hyphens: pdftotext joins a word hyphenated at a line end and drops its hyphen
    /// ("socio-" + "ricreative" reads "socioricreative").
    /// </summary>
    public static string WithoutHyphens(string text) => DemoPlan.Normalise(text).Replace("-", "", StringComparison.Ordinal);

    private static List<string> SplitPages(string text)
    {
        var pages = text.Split('\f').ToList();
        if (pages.Count > 0 && pages[^1].Trim().Length == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }

    public Task<string> InfoAsync() => RunAsync("pdfinfo", Path);

    public Task<string> MetadataAsync() => RunAsync("pdfinfo", "-meta", Path);

    public Task<string> FontsAsync() => RunAsync("pdffonts", Path);

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start (apt poppler-utils).");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, $"{tool} {string.Join(' ', arguments)}: {await error}");
        return await output;
    }
}
