namespace PiaoPerformance.Web.Tests.Support;

/// <summary>A browser test: the suite's app and Chromium, and a fresh context and page for each test.</summary>
[Collection(AppCollection.Name)]
public abstract class BrowserTest(PiaoAppFixture app) : IAsyncLifetime
{
    private BrowserPage? _browser;

    protected PiaoAppFixture App => app;

    protected BrowserPage Browser => _browser ?? throw new InvalidOperationException("The page is not open yet.");

    public async Task InitializeAsync() => _browser = await app.NewPageAsync();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }
}
