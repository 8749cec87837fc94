using Microsoft.Playwright;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// The whole suite's running app and browser, started once: a fresh database <c>piao_web_&lt;guid8&gt;</c>, the app on
/// Kestrel over it with the demo comune seeded, an anonymous <see cref="HttpClient"/> to it, the suite's signed-in
/// sessions (<see cref="Accounts"/>), and one headless Chromium. Each browser test opens its own context and page
/// (<see cref="NewPageAsync"/>), signed in with a cached cookie when it asks.
/// </summary>
public sealed class PiaoAppFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private TestDatabase? _database;
    private PiaoWebApplicationFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly Lazy<Task<OtherEnte>> _otherEnte;

    public PiaoAppFixture() => _otherEnte = new(() => OtherEnte.CreateAsync(Services));

    /// <summary>The app's root address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>An anonymous client (nobody signs in with it): what a caller who never signed in gets.</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>One signed-in session per account for the whole suite.</summary>
    public Accounts Accounts { get; private set; } = null!;

    /// <summary>The app's services (its <c>IDbContextFactory</c>, its services), to set up data behind its back.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app is not started.");

    /// <summary>A second comune with an approved plan, created on first use (<see cref="Support.OtherEnte"/>).</summary>
    public Task<OtherEnte> OtherEnteAsync() => _otherEnte.Value;

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
        Accounts = new Accounts(BaseAddress);

        // Pages render once the circuit connects; on a busy machine that can take longer than Expect's 5 s default.
        Assertions.SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>
    /// A page in a context of its own (no cookies or storage shared between tests), Italian locale; signed in as
    /// <paramref name="signedInAs"/> with the session's cookie (no sign-in spent), anonymous when null.
    /// <paramref name="bypassCsp"/> lets a test inject its own script (axe-core) past the app's <c>script-src 'self'</c>.
    /// </summary>
    public Task<BrowserPage> NewPageAsync(string? signedInAs = null, bool bypassCsp = false) =>
        NewPageOnAsync(BaseAddress, Accounts, signedInAs, bypassCsp);

    /// <summary>A page of the suite's Chromium on another running app (<see cref="OwnApp"/>), signed in with its sessions.</summary>
    public Task<BrowserPage> NewPageAsync(OwnApp app, string? signedInAs = null) =>
        NewPageOnAsync(app.BaseAddress, app.Accounts, signedInAs, bypassCsp: false);

    private async Task<BrowserPage> NewPageOnAsync(Uri baseAddress, Accounts accounts, string? signedInAs, bool bypassCsp)
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser is not started.");
        var context = await browser.NewContextAsync(new() { BaseURL = baseAddress.ToString(), Locale = "it-IT", BypassCSP = bypassCsp });
        context.SetDefaultTimeout(10_000);
        if (signedInAs is not null)
        {
            await accounts.SignInAsync(context, signedInAs);
        }

        return new BrowserPage(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        Accounts?.Dispose();
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
