namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// A browser test: the suite's app and Chromium, and a fresh context and page for each test, signed in as
/// <see cref="SignedInAs"/> (the demo NIV member unless the test class says otherwise; null for an anonymous page).
/// </summary>
[Collection(AppCollection.Name)]
public abstract class BrowserTest(PiaoAppFixture app) : IAsyncLifetime
{
    private BrowserPage? _browser;

    protected PiaoAppFixture App => app;

    protected BrowserPage Browser => _browser ?? throw new InvalidOperationException("The page is not open yet.");

    /// <summary>Who the page is signed in as when the test starts; <see cref="Accounts.SignInAsync(BrowserPage, string, string)"/> switches.</summary>
    protected virtual string? SignedInAs => ApiSession.DemoUser;

    public async Task InitializeAsync() => _browser = await app.NewPageAsync(SignedInAs);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }
}
