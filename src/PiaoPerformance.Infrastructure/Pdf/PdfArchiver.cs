using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace PiaoPerformance.Infrastructure.Pdf;

/// <summary>
/// Rewrites a printed PDF as PDF/A-2b with Ghostscript (ADR-010): fonts embedded, sRGB output intent, title and
/// author in DOCINFO and XMP, <c>/Lang (it-IT)</c> in the catalog. Ghostscript drops DOCINFO strings that are not
/// ASCII, so title and author are written without accents (the Italian title is printed in the document itself).
/// </summary>
public sealed class PdfArchiver(IOptions<PdfOptions> options)
{
    private static readonly Lazy<string> Definition = new(() =>
    {
        using var stream = typeof(PdfArchiver).Assembly.GetManifestResourceStream("PiaoPerformance.Pdf.PDFA_def.ps")
            ?? throw new InvalidOperationException("The embedded PDFA_def.ps is missing.");
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return reader.ReadToEnd();
    });

    public async Task<byte[]> ArchiveAsync(byte[] pdf, PdfMetadata metadata, CancellationToken ct = default)
    {
        var o = options.Value;
        var dir = Directory.CreateTempSubdirectory("piao-pdfa-");
        try
        {
            var input = Path.Combine(dir.FullName, "in.pdf");
            var output = Path.Combine(dir.FullName, "out.pdf");
            var definition = Path.Combine(dir.FullName, "PDFA_def.ps");
            await File.WriteAllBytesAsync(input, pdf, ct);
            await File.WriteAllTextAsync(definition, Definition.Value
                .Replace("@@TITLE@@", PostScriptString(metadata.Title), StringComparison.Ordinal)
                .Replace("@@AUTHOR@@", PostScriptString(metadata.Author), StringComparison.Ordinal)
                .Replace("(it-IT)", $"({PostScriptString(metadata.Language)})", StringComparison.Ordinal)
                .Replace("@@ICC@@", PostScriptString(o.IccProfilePath), StringComparison.Ordinal), Encoding.ASCII, ct);
            await ExternalTool.RunAsync(o.GhostscriptPath,
            [
                // -dNEWPDF=false: 10.00.0's new PDF interpreter rewrites the ToUnicode map of Chromium's CID fonts wrongly
                // for some characters (“Magna Inventio” came out as <Magna Inventio=), the older one keeps the text.
                "-q", "-dNEWPDF=false", "-dPDFA=2", "-dBATCH", "-dNOPAUSE", "-dNOOUTERSAVE", "-dPDFACompatibilityPolicy=1",
                "-sColorConversionStrategy=RGB", "-sDEVICE=pdfwrite", $"--permit-file-read={o.IccProfilePath}",
                $"-sOutputFile={output}", definition, input,
            ], ct);
            return await File.ReadAllBytesAsync(output, ct);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>A PostScript string body: ASCII (<see cref="Ascii"/>), with \, ( and ) escaped.</summary>
    public static string PostScriptString(string text) =>
        Ascii(text).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    /// <summary>The text in printable ASCII, accents dropped ("LEGALITÀ" → "LEGALITA"), dashes and quotes made plain.</summary>
    public static string Ascii(string text)
    {
        var ascii = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var plain = c switch { '–' or '—' => '-', '’' or '‘' => '\'', '“' or '”' => '"', _ => c };
            if (plain is < ' ' or > '~')
            {
                continue;
            }

            ascii.Append(plain);
        }

        return ascii.ToString();
    }
}
