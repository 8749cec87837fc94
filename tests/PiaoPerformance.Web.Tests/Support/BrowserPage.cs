using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>One test's page and its own browser context; keeps what the browser reported, for failure messages.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _log = new();

    public BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _log.Enqueue($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => _log.Enqueue($"page error: {error}");
    }

    public IPage Page { get; }

    /// <summary>Errors and warnings the page logged so far, one per line (empty when none).</summary>
    public string Log => string.Join(Environment.NewLine, _log);

    public ValueTask DisposeAsync() => new(_context.CloseAsync());
}
