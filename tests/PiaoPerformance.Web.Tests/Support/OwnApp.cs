namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// A second running app (real Kestrel, demo comune seeded) on a database of its own, for a test that walks the plan
/// through states the suite's shared demo plan must not leave (approval, read-only cards). Chromium reaches it through
/// <see cref="PiaoAppFixture.NewPageAsync(OwnApp, string?)"/>; both the app and its database go at the end.
/// </summary>
public sealed class OwnApp : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly PiaoWebApplicationFactory _factory;

    private OwnApp(TestDatabase database, PiaoWebApplicationFactory factory)
    {
        _database = database;
        _factory = factory;
        BaseAddress = factory.ServerAddress;
        Accounts = new Accounts(BaseAddress);
    }

    public Uri BaseAddress { get; }

    /// <summary>The demo accounts' sessions on this app.</summary>
    public Accounts Accounts { get; }

    public IServiceProvider Services => _factory.Services;

    public static async Task<OwnApp> StartAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var factory = new PiaoWebApplicationFactory(database.ConnectionString);
        factory.StartServer();
        return new OwnApp(database, factory);
    }

    public async ValueTask DisposeAsync()
    {
        Accounts.Dispose();
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}
