using System.Net;
using System.Net.Http.Json;
using Npgsql;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Security;

/// <summary>
/// The keys that protect the sign-in cookie live in PostgreSQL (table DataProtectionKeys): a cookie issued before a
/// restart still signs its holder in after it, and emptying the table is what would sign everyone out.
/// </summary>
public sealed class DataProtectionKeyRing : IAsyncLifetime
{
    private TestDatabase? _database;

    private TestDatabase Database => _database ?? throw new InvalidOperationException("The database is not created.");

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task SignInSurvivesARestart()
    {
        string cookie;
        await using (var before = StandaloneApp.Start(Database.ConnectionString))
        {
            cookie = await SignInAsync(before);
            (await MeAsync(before, cookie)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await CountKeysAsync()).ShouldBeGreaterThan(0);

        await using var after = StandaloneApp.Start(Database.ConnectionString);
        using var me = await MeAsync(after, cookie);

        me.StatusCode.ShouldBe(HttpStatusCode.OK, await me.Content.ReadAsStringAsync());
        (await me.Content.ReadAsStringAsync()).ShouldContain($"\"username\":\"{ApiSession.DemoUser}\"");
    }

    [Fact]
    public async Task AnEmptiedKeyTableSignsEveryoneOut()
    {
        string cookie;
        await using (var before = StandaloneApp.Start(Database.ConnectionString))
        {
            cookie = await SignInAsync(before);
        }

        await ExecuteAsync("DELETE FROM \"DataProtectionKeys\"");
        await using var after = StandaloneApp.Start(Database.ConnectionString);
        using var me = await MeAsync(after, cookie);

        me.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>Signs in through the API and returns the sign-in cookie (its chunks, if any) as a Cookie header value.</summary>
    private static async Task<string> SignInAsync(StandaloneApp app)
    {
        using var client = app.CookielessClient();
        using var response = await client.PostAsJsonAsync(
            "api/v1/auth/login", new { username = ApiSession.DemoUser, password = ApiSession.DemoPassword });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var cookies = response.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("piao.auth", StringComparison.Ordinal)).ToList();
        cookies.ShouldNotBeEmpty();
        return string.Join("; ", cookies.Select(c => c.Split(';')[0]));
    }

    private static async Task<HttpResponseMessage> MeAsync(StandaloneApp app, string cookie)
    {
        using var client = app.CookielessClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/auth/me");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private async Task<long> CountKeysAsync()
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM \"DataProtectionKeys\"", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
