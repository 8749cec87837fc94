using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PiaoPerformance.Web.Tests.Security;

/// <summary>
/// An unexpected failure (here: the accounts table gone from under the app, a PostgreSQL error) never shows the caller
/// a stack trace, an exception type or SQL: the API answers a generic 500 problem JSON, a page the Italian error page
/// with a request id. The app runs as in production (ASPNETCORE_ENVIRONMENT=Production) on a database of its own.
/// </summary>
public sealed class UnexpectedErrors : IAsyncLifetime
{
    /// <summary>What a leaked exception would show: its type, the database's message, a frame of a stack trace.</summary>
    private static readonly string[] Leaks = ["Exception", "Npgsql", "relation", "UserAccounts", "   at ", ".cs:line"];

    private StandaloneAppOnOwnDatabase? _app;

    private StandaloneAppOnOwnDatabase Running => _app ?? throw new InvalidOperationException("The app is not started.");

    public async Task InitializeAsync()
    {
        _app = await StandaloneAppOnOwnDatabase.StartAsync("Production", new Dictionary<string, string> { ["Piao:SeedDemo"] = "false" });
        await _app.ExecuteSqlAsync("ALTER TABLE \"UserAccounts\" RENAME TO \"UserAccountsGone\"");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task ApiAnswersAGenericProblemWithoutDetails()
    {
        using var client = Running.App.CookielessClient();

        using var response = await client.PostAsJsonAsync("api/v1/auth/login", new { username = "segretario", password = "qualsiasi" });

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonNode.Parse(body)!;
        ((int?)problem["status"]).ShouldBe(500);
        ((string?)problem["title"]).ShouldBe("Errore interno");
        ((string?)problem["traceId"]).ShouldNotBeNullOrWhiteSpace();
        response.Headers.Contains("Content-Security-Policy").ShouldBeTrue();
        problem.AsObject().Select(p => p.Key).ShouldBe(["type", "title", "status", "detail", "traceId"], ignoreOrder: true);
        Leaks.ShouldAllBe(leak => !body.Contains(leak, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PageShowsTheItalianErrorPageWithARequestIdOnly()
    {
        using var client = Running.App.BrowserLikeClient();

        using var response = await SignInForm.PostAsync(client, "segretario", "qualsiasi");

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError, html.Length > 400 ? html[..400] : html);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        html.ShouldContain("Si è verificato un errore durante l'elaborazione della richiesta.");
        html.ShouldContain("data-testid=\"error-request-id\"");
        response.Headers.Contains("Content-Security-Policy").ShouldBeTrue();
        Leaks.ShouldAllBe(leak => !html.Contains(leak, StringComparison.Ordinal));
    }
}
