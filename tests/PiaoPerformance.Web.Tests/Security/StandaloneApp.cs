using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Security;

/// <summary>
/// An app instance of a test's own, in memory (TestServer), on a database the test chooses: for what would disturb the
/// suite's shared app (spending the sign-in budget of its client address, breaking a table, restarting). Configured
/// through settings only, as an operator would; Program.cs unchanged.
/// </summary>
public sealed class StandaloneApp : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly string _environment;
    private readonly IReadOnlyDictionary<string, string> _settings;

    private StandaloneApp(string connectionString, string environment, IReadOnlyDictionary<string, string> settings)
    {
        _connectionString = connectionString;
        _environment = environment;
        _settings = settings;
    }

    /// <summary>Starts the app (migrations, demo seed unless a setting says otherwise) and returns it once it answers.</summary>
    public static StandaloneApp Start(
        string connectionString, string environment = "Development", IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new StandaloneApp(connectionString, environment, settings ?? new Dictionary<string, string>());
        _ = app.Server; // builds and starts the host now, not on first use
        return app;
    }

    /// <summary>A client that keeps no cookies: the test sends and reads them itself.</summary>
    public HttpClient CookielessClient() => CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

    /// <summary>A client that keeps its cookies, as a browser does (the antiforgery cookie of a form, the sign-in cookie).</summary>
    public HttpClient BrowserLikeClient() => CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("ConnectionStrings:Piao", _connectionString);
        builder.UseSetting("Piao:SeedDemo", "true");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

/// <summary>A database of the test's own with an app on it, both gone at the end.</summary>
public sealed class StandaloneAppOnOwnDatabase : IAsyncDisposable
{
    private StandaloneAppOnOwnDatabase(TestDatabase database, StandaloneApp app)
    {
        Database = database;
        App = app;
    }

    public TestDatabase Database { get; }

    public StandaloneApp App { get; }

    public static async Task<StandaloneAppOnOwnDatabase> StartAsync(
        string environment = "Development", IReadOnlyDictionary<string, string>? settings = null)
    {
        var database = await TestDatabase.CreateAsync();
        return new StandaloneAppOnOwnDatabase(database, StandaloneApp.Start(database.ConnectionString, environment, settings));
    }

    /// <summary>Runs SQL on the app's database behind its back (to break a table, to empty the key ring).</summary>
    public async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
