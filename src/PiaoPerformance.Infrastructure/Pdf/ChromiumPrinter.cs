using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace PiaoPerformance.Infrastructure.Pdf;

/// <summary>
/// One Chromium for the whole process (ADR-010): launched on the first print, launched again if it died, closed when
/// the app stops (the container disposes this singleton). Each print opens a page of its own and closes it.
/// </summary>
public sealed class ChromiumPrinter(IOptions<PdfOptions> options, ILogger<ChromiumPrinter> logger) : IAsyncDisposable
{
    private static readonly string[] LaunchArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Launches of the browser so far (the first one included): more than one means it was restarted.</summary>
    public int Launches { get; private set; }

    /// <summary>Whether the browser is up now (it is launched on the first print).</summary>
    public bool IsRunning => _browser is { IsConnected: true };

    /// <summary>Prints <paramref name="request"/> to PDF; fills the table of contents' page numbers first (a second print).</summary>
    public async Task<byte[]> PrintAsync(PrintRequest request, CancellationToken ct = default)
    {
        try
        {
            return await PrintOnceAsync(request, ct);
        }
        catch (PlaywrightException ex) when (!IsRunning)
        {
            logger.LogWarning(ex, "Chromium stopped during a print: launching it again");
            return await PrintOnceAsync(request, ct);
        }
    }

    private async Task<byte[]> PrintOnceAsync(PrintRequest request, CancellationToken ct)
    {
        var browser = await BrowserAsync(ct);
        var page = await browser.NewPageAsync();
        try
        {
            await page.SetContentAsync(request.Html, new() { WaitUntil = WaitUntilState.Load });
            await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
            var pdfOptions = new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = request.HeaderTemplate,
                FooterTemplate = request.FooterTemplate,
                Margin = new() { Top = "18mm", Bottom = "16mm", Left = "14mm", Right = "14mm" },
            };
            var first = await page.PdfAsync(pdfOptions);
            var targets = await page.EvaluateAsync<int>("() => document.querySelectorAll('[data-page-of]').length");
            if (targets == 0)
            {
                return first;
            }

            // Page numbers have the width of the placeholder they replace, so the second print breaks pages the same way.
            var pages = await DestinationPagesAsync(first, ct);
            await page.EvaluateAsync(
                "pages => document.querySelectorAll('[data-page-of]').forEach(e => { const n = pages[e.dataset.pageOf]; if (n) e.textContent = n; })",
                pages);
            return await page.PdfAsync(pdfOptions);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private async Task<IReadOnlyDictionary<string, int>> DestinationPagesAsync(byte[] pdf, CancellationToken ct)
    {
        var file = Path.Combine(Path.GetTempPath(), $"piao-toc-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(file, pdf, ct);
            return PdfDestinations.Parse(await ExternalTool.RunAsync(options.Value.PdfInfoPath, ["-dests", file], ct));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }

        await _launch.WaitAsync(ct);
        try
        {
            if (_browser is { IsConnected: true } launched)
            {
                return launched;
            }

            if (_browser is not null)
            {
                await _browser.DisposeAsync();
            }

            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = options.Value.ChromiumPath, Headless = true, Args = LaunchArgs });
            Launches++;
            logger.LogInformation("Chromium launched for PDF export ({Path}, launch {Count})", options.Value.ChromiumPath, Launches);
            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        _launch.Dispose();
    }
}
