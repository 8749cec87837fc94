using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Security;

/// <summary>
/// The session check and the actor are cached per account for a few seconds (ADR-019), yet a change made through the
/// app counts from the very next request of a session already signed in and already served from the cache: a password
/// change or a disabled account ends it (401), a new role shows at once. Each test has an account of its own in the
/// suite's second comune, and asks right after the change, never waiting for the cache to expire.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SessionRevocation(PiaoAppFixture app)
{
    private const string Password = "Revoca-prova-2024";

    [Fact]
    public async Task APasswordChangeEndsTheAccountsOtherSessionsAtTheirNextRequest()
    {
        var username = await NewAccountAsync("cambio");
        using var first = await SignedInAsync(username, Password);
        using var second = await SignedInAsync(username, Password);

        await app.Services.GetRequiredService<AccountService>().ChangePasswordAsync(await AccountIdAsync(username), Password, "Nuova-password-2024");

        await ShouldBeSignedOutAsync(first);
        await ShouldBeSignedOutAsync(second);
        using var again = await SignedInAsync(username, "Nuova-password-2024");
        ((string?)(await MeAsync(again))["username"]).ShouldBe(username);
    }

    [Fact]
    public async Task ADisabledAccountIsSignedOutAtItsNextRequest()
    {
        var username = await NewAccountAsync("disabilitato");
        using var session = await SignedInAsync(username, Password);

        await ChangeAccountAsync(username, (_, account) => account.Disable());

        await ShouldBeSignedOutAsync(session);
    }

    [Fact]
    public async Task ARoleGrantedThroughTheAppCountsFromTheNextRequest()
    {
        var username = await NewAccountAsync("ruolo");
        using var session = await SignedInAsync(username, Password);
        (await MeAsync(session))["roles"]!.AsArray().ShouldBeEmpty();

        var ente = await app.OtherEnteAsync();
        await ChangeAccountAsync(username, (db, account) =>
            db.AccessGrants.Add(new AccessGrant(ente.MunicipalityId, account.PersonId, AppRole.Niv, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1))));

        (await MeAsync(session))["roles"]!.AsArray().Select(r => (string?)r).ShouldBe(["Niv"]);
    }

    private async Task<string> NewAccountAsync(string purpose)
    {
        var username = $"revoca.{purpose}.{Guid.NewGuid():N}"[..30];
        await (await app.OtherEnteAsync()).AddAccountAsync(app.Services, username, Password);
        return username;
    }

    /// <summary>A client signed in as <paramref name="username"/> whose session has already answered twice (cached).</summary>
    private async Task<HttpClient> SignedInAsync(string username, string password)
    {
        var client = app.Accounts.NewClient();
        using var login = await client.PostAsJsonAsync("api/v1/auth/login", new { username, password });
        login.StatusCode.ShouldBe(HttpStatusCode.OK, await login.Content.ReadAsStringAsync());
        await MeAsync(client);
        await MeAsync(client);
        return client;
    }

    private static async Task<JsonNode> MeAsync(HttpClient client)
    {
        using var me = await client.GetAsync("api/v1/auth/me");
        var body = await me.Content.ReadAsStringAsync();
        me.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!;
    }

    private static async Task ShouldBeSignedOutAsync(HttpClient client)
    {
        using var me = await client.GetAsync("api/v1/auth/me");
        me.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var plans = await client.GetAsync("api/v1/plans");
        plans.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<Guid> AccountIdAsync(string username)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.UserAccounts.Where(a => a.Username == username).Select(a => a.Id).SingleAsync();
    }

    /// <summary>A change saved through the app's own database registration, as a settings page would save it.</summary>
    private async Task ChangeAccountAsync(string username, Action<PiaoDbContext, UserAccount> change)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var account = await db.UserAccounts.SingleAsync(a => a.Username == username);
        change(db, account);
        await db.SaveChangesAsync();
    }

    private IDbContextFactory<PiaoDbContext> Contexts => app.Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>();
}
