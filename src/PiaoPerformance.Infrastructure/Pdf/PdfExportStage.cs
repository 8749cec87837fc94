namespace PiaoPerformance.Infrastructure.Pdf;

/// <summary>Where an export stands, reported to the page that started it.</summary>
public enum PdfExportStage
{
    /// <summary>Waiting for a free slot (<see cref="PdfOptions.MaxConcurrentExports"/>).</summary>
    Queued,

    /// <summary>Chromium prints the HTML (twice when the contents need page numbers).</summary>
    Rendering,

    /// <summary>Ghostscript writes the PDF/A-2b copy.</summary>
    Archiving,

    Done,
}
