using Microsoft.Extensions.Options;

namespace PiaoPerformance.Infrastructure.Pdf;

/// <summary>
/// The export queue: at most <see cref="PdfOptions.MaxConcurrentExports"/> documents print at once, the others wait
/// their turn (ten Segretari pressing the button together hold two Chromium pages, not ten). Progress goes to the
/// caller: queued, rendering, archiving, done.
/// </summary>
public sealed class PdfExporter(ChromiumPrinter printer, PdfArchiver archiver, IOptions<PdfOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentExports));

    /// <summary>The PDF/A-2b bytes of <paramref name="request"/>.</summary>
    public async Task<byte[]> ExportAsync(PrintRequest request, IProgress<PdfExportStage>? progress = null, CancellationToken ct = default)
    {
        progress?.Report(PdfExportStage.Queued);
        await _slots.WaitAsync(ct);
        try
        {
            progress?.Report(PdfExportStage.Rendering);
            var printed = await printer.PrintAsync(request, ct);
            progress?.Report(PdfExportStage.Archiving);
            var archived = await archiver.ArchiveAsync(printed, request.Metadata, ct);
            progress?.Report(PdfExportStage.Done);
            return archived;
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
