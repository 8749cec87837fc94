namespace PiaoPerformance.Infrastructure.Pdf;

/// <summary>Settings of the PDF export (section <c>Piao:Pdf</c>); the defaults are the Debian packages' paths (ADR-010).</summary>
public sealed class PdfOptions
{
    public const string Section = "Piao:Pdf";

    /// <summary>Exports rendering at once; the others wait in the queue (each holds a Chromium page, ~100 MB).</summary>
    public int MaxConcurrentExports { get; set; } = 2;

    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    public string GhostscriptPath { get; set; } = "gs";

    /// <summary>poppler-utils' <c>pdfinfo</c>: reads on which page each table-of-contents target landed.</summary>
    public string PdfInfoPath { get; set; } = "pdfinfo";

    /// <summary>The sRGB profile the PDF/A output intent embeds (apt ghostscript ships it).</summary>
    public string IccProfilePath { get; set; } = "/usr/share/color/icc/ghostscript/srgb.icc";
}
