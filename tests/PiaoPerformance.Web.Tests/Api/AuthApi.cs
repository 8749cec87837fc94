using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary>
/// Signing in over the API as <c>curl -c cookie.txt</c> does (scripts/demo-accounts.txt): the login sets the cookie
/// and the scoring API answers; a wrong password is a 401 problem in Italian; five in a row lock the account; the
/// logout ends the session. Each test signs in with a client of its own, not the suite's sessions.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AuthApi(PiaoAppFixture app)
{
    private const string WrongCredentials = "Nome utente o password non corretti.";

    [Fact]
    public async Task LoginSetsTheSessionCookieAndThenTheScoringSheetAnswers()
    {
        using var curl = app.Accounts.NewClient();

        using var login = await LoginAsync(curl, "sindaco", Accounts.DemoPassword);
        var sheet = await curl.PostJsonAsync(ScoringApiClient.Sheet, SheetRequestBuilder.TopEmployee().Build());

        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var me = JsonNode.Parse(await login.Content.ReadAsStringAsync())!;
        ((string?)me["username"]).ShouldBe("sindaco");
        me["roles"]!.AsArray().Select(r => (string?)r).ShouldBe(["Sindaco"]);
        var cookie = login.Headers.GetValues("Set-Cookie").ShouldHaveSingleItem();
        cookie.ShouldStartWith($"{Accounts.CookieName}=");
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
        sheet.ShouldBeOk().Number("d").ShouldBe(100m, "every objective at 100 %, C = 50, ente performance 100");
    }

    [Theory]
    [InlineData("resp4", "PasswordSbagliata1!")]
    [InlineData("nessuno", Accounts.DemoPassword)]
    public async Task AWrongPasswordOrAnUnknownUserIs401ProblemJsonWithTheSameItalianMessage(string username, string password)
    {
        using var curl = app.Accounts.NewClient();

        using var login = await LoginAsync(curl, username, password);

        (await ProblemAsync(login, HttpStatusCode.Unauthorized))["detail"]!.GetValue<string>().ShouldBe(WrongCredentials);
        login.Headers.Contains("Set-Cookie").ShouldBeFalse();
        using var me = await curl.GetAsync("api/v1/auth/me");
        me.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne()
    {
        const string username = "prova.blocco";
        const string password = "Blocco-prova-2024";
        await (await app.OtherEnteAsync()).AddAccountAsync(app.Services, username, password);
        using var curl = app.Accounts.NewClient();

        var details = new List<string>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await LoginAsync(curl, username, "PasswordSbagliata1!");
            details.Add((await ProblemAsync(wrong, HttpStatusCode.Unauthorized))["detail"]!.GetValue<string>());
        }

        using var right = await LoginAsync(curl, username, password);

        details.ShouldBe([.. Enumerable.Repeat(WrongCredentials, 4), "Troppi tentativi non riusciti: l'account è bloccato per 15 minuti."]);
        var locked = (await ProblemAsync(right, HttpStatusCode.Unauthorized))["detail"]!.GetValue<string>();
        locked.ShouldStartWith("Troppi tentativi non riusciti: l'account è bloccato fino alle ");
        right.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task LogoutEndsTheSession()
    {
        using var curl = app.Accounts.NewClient();
        using var login = await LoginAsync(curl, "niv", Accounts.DemoPassword);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var before = await curl.GetAsync("api/v1/auth/me");

        using var logout = await curl.PostAsync("api/v1/auth/logout", null);
        using var after = await curl.GetAsync("api/v1/auth/me");
        var sheet = await curl.PostJsonAsync(ScoringApiClient.Sheet, SheetRequestBuilder.TopEmployee().Build());

        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        logout.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ProblemAsync(after, HttpStatusCode.Unauthorized);
        sheet.Status.ShouldBe(HttpStatusCode.Unauthorized);
        sheet.MediaType.ShouldBe("application/problem+json");
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient http, string username, string password) =>
        http.PostAsJsonAsync("api/v1/auth/login", new { username, password });

    /// <summary>A problem details of <paramref name="status"/> with an Italian title; returns it.</summary>
    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        var problem = JsonNode.Parse(body)!;
        ((int?)problem["status"]).ShouldBe((int)status);
        ((string?)problem["title"]).ShouldNotBeNullOrWhiteSpace();
        body.ShouldNotContain("Exception");
        return problem;
    }
}
