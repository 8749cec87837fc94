using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
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

    private const int RememberedLayouts = 64;

    private readonly SemaphoreSlim _launch = new(1, 1);

    // The contents' page numbers of documents printed before, by a hash of their HTML: the same plan exported again
    // (the usual case) is printed once, not twice. Different HTML (an edited card) is a different key.
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, int>> _layouts = new(StringComparer.Ordinal);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Launches of the browser so far (the first one included): more than one means it was restarted.</summary>
    public int Launches { get; private set; }

    /// <summary>Whether the browser is up now (it is launched on the first print).</summary>
    public bool IsRunning => _browser is { IsConnected: true };

    /// <summary>
    /// Prints <paramref name="request"/> to PDF. With a table of contents (<c>data-page-of</c>) a first print finds the
    /// pages, unless the same HTML was printed before (the numbers are remembered), and the final print carries them.
    /// </summary>
    public async Task<byte[]> PrintAsync(PrintRequest request, CancellationToken ct = default)
    {
        try
        {
            return await PrintOnceAsync(request, ct);
        }
        catch (PlaywrightException ex)
        {
            // Most likely the browser died (killed, out of memory); Playwright may not have noticed yet. Start afresh once.
            logger.LogWarning(ex, "Print failed (browser running: {Running}): launching Chromium again and retrying once", IsRunning);
            await ForgetBrowserAsync();
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
            var targets = await page.EvaluateAsync<int>("() => document.querySelectorAll('[data-page-of]').length");
            if (targets == 0)
            {
                return await page.PdfAsync(pdfOptions);
            }

            var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request.Html)));
            if (!_layouts.TryGetValue(key, out var pages))
            {
                pages = await DestinationPagesAsync(await page.PdfAsync(pdfOptions), ct);
                if (_layouts.Count >= RememberedLayouts)
                {
                    _layouts.Clear();
                }

                _layouts[key] = pages;
            }

            // Page numbers have the width of the placeholder they replace, so the final print breaks pages the same way.
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
                try
                {
                    await _browser.DisposeAsync();
                }
                catch (PlaywrightException)
                {
                    // It died: there is nothing left to close.
                }
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

    private async Task ForgetBrowserAsync()
    {
        await _launch.WaitAsync();
        try
        {
            if (_browser is not null)
            {
                try
                {
                    await _browser.CloseAsync();
                }
                catch (PlaywrightException)
                {
                    // Already gone: nothing to close.
                }

                _browser = null;
            }
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
