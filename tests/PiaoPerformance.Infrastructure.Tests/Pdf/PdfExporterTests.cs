using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PiaoPerformance.Infrastructure.Pdf;

namespace PiaoPerformance.Infrastructure.Tests.Pdf;

/// <summary>The export queue on the real engine: Debian's Chromium and Ghostscript, poppler's pdfinfo (scripts/test installs them).</summary>
public sealed class PdfExporterTests : IAsyncLifetime
{
    private readonly ChromiumPrinter _printer = new(Options.Create(new PdfOptions()), NullLogger<ChromiumPrinter>.Instance);

    [Fact]
    public async Task WithOneSlotASecondExportWaitsQueuedUntilTheFirstIsDone()
    {
        var options = Options.Create(new PdfOptions { MaxConcurrentExports = 1 });
        using var exporter = new PdfExporter(_printer, new PdfArchiver(options), options, NullLogger<PdfExporter>.Instance);
        var events = new ConcurrentQueue<string>();

        var exports = Enumerable.Range(1, 3).Select(n => exporter.ExportAsync(Request($"Documento {n}"),
            new SyncProgress(stage => events.Enqueue($"{n}:{stage}")))).ToList();
        var files = await Task.WhenAll(exports);

        files.ShouldAllBe(pdf => pdf.Length > 1000 && pdf[0] == (byte)'%');
        var order = events.ToList();
        order.Count(e => e.EndsWith(":Queued", StringComparison.Ordinal)).ShouldBe(3);
        // Never two documents between Rendering and Done at once.
        var printing = 0;
        foreach (var e in order)
        {
            printing += e.EndsWith(":Rendering", StringComparison.Ordinal) ? 1 : e.EndsWith(":Done", StringComparison.Ordinal) ? -1 : 0;
            printing.ShouldBeLessThanOrEqualTo(1, string.Join(", ", order));
        }
    }

    [Fact]
    public async Task ABrowserThatDiedIsLaunchedAgainForTheNextPrint()
    {
        var first = await _printer.PrintAsync(Request("Prima"));
        KillOwnChromium().ShouldBeGreaterThan(0);

        var second = await _printer.PrintAsync(Request("Seconda"));

        first.Length.ShouldBeGreaterThan(1000);
        second.Length.ShouldBeGreaterThan(1000);
        _printer.Launches.ShouldBe(2);
    }

    [Fact]
    public async Task TheContentsGetThePageWhereEachTargetWasPrinted()
    {
        const string html = """
            <html><body><p><a href="#a">A</a> <span data-page-of="a">00</span></p><p><a href="#b">B</a> <span data-page-of="b">00</span></p>
            <h1 id="a" style="break-before: page">Sezione A</h1><h1 id="b" style="break-before: page">Sezione B</h1></body></html>
            """;

        var pdf = await _printer.PrintAsync(new PrintRequest(html, "<span></span>", "<span></span>", new PdfMetadata("Prova", "Ente")));

        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, pdf);
        var text = await Run("pdftotext", file);
        File.Delete(file);
        var compact = text.Replace(" ", "", StringComparison.Ordinal);
        compact.ShouldContain("A2\n");
        compact.ShouldContain("B3\n");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Kills the Chromium processes under this test process (ours only: found by walking /proc parents).</summary>
    private static int KillOwnChromium()
    {
        var parents = new Dictionary<int, int>();
        var names = new Dictionary<int, string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                names[pid] = stat[(stat.IndexOf('(') + 1)..close];
                parents[pid] = int.Parse(stat[(close + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        bool IsOurs(int pid)
        {
            for (var p = pid; parents.TryGetValue(p, out var parent) && p > 1; p = parent)
            {
                if (parent == Environment.ProcessId)
                {
                    return true;
                }
            }

            return false;
        }

        var killed = 0;
        foreach (var pid in names.Where(n => n.Value.StartsWith("chrom", StringComparison.Ordinal) && IsOurs(n.Key)).Select(n => n.Key))
        {
            try
            {
                System.Diagnostics.Process.GetProcessById(pid).Kill();
                killed++;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // Already gone with its parent.
            }
        }

        Thread.Sleep(500);
        return killed;
    }

    public async Task DisposeAsync() => await _printer.DisposeAsync();

    private static PrintRequest Request(string title) =>
        new($"<html><body><h1>{title}</h1><p>Testo di prova con “virgolette”.</p></body></html>", "<span></span>",
            "<div style='font-size:8pt'>Pagina <span class='pageNumber'></span></div>", new PdfMetadata(title, "Comune di Prova"));

    private static async Task<string> Run(string tool, string file)
    {
        var start = new System.Diagnostics.ProcessStartInfo(tool) { RedirectStandardOutput = true };
        start.ArgumentList.Add(file);
        start.ArgumentList.Add("-");
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool and reorder them).</summary>
    private sealed class SyncProgress(Action<PdfExportStage> report) : IProgress<PdfExportStage>
    {
        public void Report(PdfExportStage value) => report(value);
    }
}
