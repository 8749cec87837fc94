using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// The suite's sessions: each account signs in once through <c>POST /api/v1/auth/login</c> and its cookie serves every
/// later test, as an <see cref="HttpClient"/> (<see cref="ClientAsync"/>) or in a browser context
/// (<see cref="SignInAsync(IBrowserContext, string)"/>), so the suite spends a handful of sign-ins, not one per test.
/// The page sign-in flow itself is tested on its own (Security/SignIn).
/// </summary>
public sealed class Accounts(Uri baseAddress) : IDisposable
{
    /// <summary>The documented password of every demo account (scripts/demo-accounts.txt).</summary>
    public const string DemoPassword = "PiaoDemo2024!";

    /// <summary>The sign-in cookie (AuthenticationSetup).</summary>
    public const string CookieName = "piao.auth";

    private readonly ConcurrentDictionary<string, Lazy<Task<Session>>> _sessions = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An API client signed in as <paramref name="username"/> (a demo account unless a password is given).</summary>
    public async Task<HttpClient> ClientAsync(string username, string password = DemoPassword) =>
        (await SessionAsync(username, password)).Http;

    /// <summary>Puts <paramref name="username"/>'s session cookie in the browser context, replacing any other session.</summary>
    public async Task SignInAsync(IBrowserContext context, string username, string password = DemoPassword)
    {
        var session = await SessionAsync(username, password);
        await context.ClearCookiesAsync();
        await context.AddCookiesAsync(session.Cookies.GetCookies(baseAddress).Select(c => new Microsoft.Playwright.Cookie
        {
            Name = c.Name,
            Value = c.Value,
            Url = baseAddress.ToString(),
            HttpOnly = c.HttpOnly,
            SameSite = SameSiteAttribute.Strict,
        }));
    }

    /// <inheritdoc cref="SignInAsync(IBrowserContext, string, string)"/>
    public Task SignInAsync(BrowserPage browser, string username, string password = DemoPassword) =>
        SignInAsync(browser.Page.Context, username, password);

    /// <summary>
    /// A client of no one: keeps cookies like a browser but follows no redirect, so a 302 to the sign-in page is seen
    /// as such. A fresh one each call; dispose it.
    /// </summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    public void Dispose()
    {
        foreach (var session in _sessions.Values.Where(s => s.IsValueCreated && s.Value.IsCompletedSuccessfully))
        {
            session.Value.Result.Http.Dispose();
        }
    }

    private Task<Session> SessionAsync(string username, string password) =>
        _sessions.GetOrAdd(username, name => new Lazy<Task<Session>>(() => LogInAsync(name, password))).Value;

    private async Task<Session> LogInAsync(string username, string password)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        using var response = await http.PostAsJsonAsync("api/v1/auth/login", new { username, password });
        if (response.StatusCode != HttpStatusCode.OK)
        {
            http.Dispose();
            throw new InvalidOperationException(
                $"Sign-in as {username} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        cookies.GetCookies(baseAddress)[CookieName].ShouldNotBeNull($"the login as {username} set no {CookieName} cookie");
        return new Session(http, cookies);
    }

    private sealed record Session(HttpClient Http, CookieContainer Cookies);
}
