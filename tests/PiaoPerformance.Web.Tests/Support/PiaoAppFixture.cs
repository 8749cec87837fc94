using Microsoft.Playwright;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// The whole suite's running app and browser, started once: a fresh database <c>piao_web_&lt;guid8&gt;</c>, the app on
/// Kestrel over it with the demo comune seeded, an <see cref="HttpClient"/> to it, and one headless Chromium.
/// Each browser test opens its own context and page (<see cref="NewPageAsync"/>).
/// </summary>
public sealed class PiaoAppFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private TestDatabase? _database;
    private PiaoWebApplicationFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The app's root address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing: the browser tests need Debian's chromium (apt-get install -y chromium; scripts/test installs it).");
        }

        _database = await TestDatabase.CreateAsync();
        _factory = new PiaoWebApplicationFactory(_database.ConnectionString);
        _factory.StartServer();
        BaseAddress = _factory.ServerAddress;
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A page in a context of its own (no cookies or storage shared between tests), Italian locale.</summary>
    public async Task<BrowserPage> NewPageAsync()
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser is not started.");
        var context = await browser.NewContextAsync(new() { BaseURL = BaseAddress.ToString(), Locale = "it-IT" });
        context.SetDefaultTimeout(10_000);
        return new BrowserPage(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
