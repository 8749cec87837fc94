using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PiaoPerformance.Web.Tests.Security;

/// <summary>
/// Sign-in attempts per client address are limited (Piao:SignInRateLimit, 10 a minute by default), for the API login
/// and the <c>/accedi</c> form alike, with one shared budget. Each test runs an app of its own with a budget of
/// <see cref="Limit"/>: spending the suite's shared app's budget would fail the other tests' sign-ins.
/// </summary>
public sealed class SignInRateLimit : IAsyncLifetime
{
    private const int Limit = 3;

    private StandaloneAppOnOwnDatabase? _app;

    private StandaloneApp App => _app?.App ?? throw new InvalidOperationException("The app is not started.");

    public async Task InitializeAsync() => _app = await StandaloneAppOnOwnDatabase.StartAsync(settings: new Dictionary<string, string>
    {
        ["Piao:SignInRateLimit:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Piao:SignInRateLimit:WindowSeconds"] = "300",
        ["Piao:SeedDemo"] = "false",
    });

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task ApiLoginAnswersItalianProblemJsonPastTheLimit()
    {
        using var client = App.CookielessClient();
        for (var i = 0; i < Limit; i++)
        {
            using var wrong = await LoginAsync(client);
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var refused = await LoginAsync(client);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        refused.Headers.RetryAfter.ShouldNotBeNull();
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        ((int?)problem["status"]).ShouldBe(429);
        ((string?)problem["title"]).ShouldBe("Troppi tentativi di accesso");
        ((string?)problem["detail"]).ShouldNotBeNull().ShouldContain("Riprovare");
    }

    [Fact]
    public async Task SignInFormAnswersAnItalianPagePastTheLimit()
    {
        using var client = App.BrowserLikeClient();
        for (var i = 0; i < Limit; i++)
        {
            using var wrong = await SignInForm.PostAsync(client, "nessuno", "sbagliata");
            wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await wrong.Content.ReadAsStringAsync()).ShouldContain("Nome utente o password non corretti.");
        }

        using var refused = await SignInForm.PostAsync(client, "nessuno", "sbagliata");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        var page = await refused.Content.ReadAsStringAsync();
        page.ShouldContain("lang=\"it\"");
        page.ShouldContain("Troppi tentativi di accesso da questo indirizzo");
        page.ShouldContain("href=\"/accedi\"");
        refused.Headers.Contains("Content-Security-Policy").ShouldBeTrue();
    }

    [Fact]
    public async Task ApiAndFormShareOneBudget()
    {
        using var api = App.CookielessClient();
        for (var i = 0; i < Limit; i++)
        {
            using var wrong = await LoginAsync(api);
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var browser = App.BrowserLikeClient();
        using var refused = await SignInForm.PostAsync(browser, "nessuno", "sbagliata");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task ShowingTheSignInPageCostsNothing()
    {
        using var client = App.CookielessClient();
        for (var i = 0; i < Limit * 3; i++)
        {
            using var page = await client.GetAsync(SignInForm.Path);
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var wrong = await LoginAsync(client);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client) =>
        client.PostAsJsonAsync("api/v1/auth/login", new { username = "nessuno", password = "sbagliata" });
}
