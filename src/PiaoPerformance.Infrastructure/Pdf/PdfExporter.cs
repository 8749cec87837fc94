using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PiaoPerformance.Infrastructure.Pdf;

/// <summary>
/// The export queue: at most <see cref="PdfOptions.MaxConcurrentExports"/> documents print at once, the others wait
/// their turn (ten Segretari pressing the button together hold two Chromium pages, not ten). Progress goes to the
/// caller: queued, rendering, archiving, done.
/// </summary>
public sealed class PdfExporter(ChromiumPrinter printer, PdfArchiver archiver, IOptions<PdfOptions> options, ILogger<PdfExporter> logger) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentExports));

    /// <summary>The PDF/A-2b bytes of <paramref name="request"/>.</summary>
    public async Task<byte[]> ExportAsync(PrintRequest request, IProgress<PdfExportStage>? progress = null, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        progress?.Report(PdfExportStage.Queued);
        await _slots.WaitAsync(ct);
        try
        {
            var queued = Stopwatch.GetElapsedTime(started);
            progress?.Report(PdfExportStage.Rendering);
            var printed = await printer.PrintAsync(request, ct);
            var rendered = Stopwatch.GetElapsedTime(started);
            progress?.Report(PdfExportStage.Archiving);
            var archived = await archiver.ArchiveAsync(printed, request.Metadata, ct);
            var total = Stopwatch.GetElapsedTime(started);
            progress?.Report(PdfExportStage.Done);
            logger.LogInformation("PDF {Title} exported in {Total:0} ms: queued {Queued:0} ms, Chromium {Print:0} ms, Ghostscript {Archive:0} ms, {Bytes} bytes",
                request.Metadata.Title, total.TotalMilliseconds, queued.TotalMilliseconds, (rendered - queued).TotalMilliseconds,
                (total - rendered).TotalMilliseconds, archived.Length);
            return archived;
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
