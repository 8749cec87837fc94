using System.Net;
using System.Text.RegularExpressions;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Security;

/// <summary>
/// Every response carries the security headers (docs/security.md): a page, an API answer, a static file; the error
/// answers too (<see cref="UnexpectedErrors"/>, <see cref="SignInRateLimit"/>). The Content Security Policy allows
/// scripts from the app only, so the pages must carry no inline script.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class SecurityHeaders(PiaoAppFixture app)
{
    [Theory]
    [InlineData("accedi", HttpStatusCode.OK)]
    [InlineData("api/v1/plans", HttpStatusCode.Unauthorized)]
    [InlineData("_framework/blazor.web.js", HttpStatusCode.OK)]
    public async Task EveryResponseCarriesThem(string path, HttpStatusCode expected)
    {
        using var response = await app.Http.GetAsync(path);

        response.StatusCode.ShouldBe(expected);
        Header(response, "Content-Security-Policy").ShouldNotBeNull();
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(response, "X-Frame-Options").ShouldBe("DENY");
        Header(response, "Referrer-Policy").ShouldBe("no-referrer");
        Header(response, "Permissions-Policy").ShouldNotBeNull().ShouldContain("camera=()");
        response.Headers.Contains("Server").ShouldBeFalse("the server does not name itself");
    }

    [Fact]
    public async Task ScriptsComeFromTheAppOnly()
    {
        using var response = await app.Http.GetAsync("accedi");
        var policy = Directives(Header(response, "Content-Security-Policy")!);

        policy["script-src"].ShouldBe(["'self'"]);
        policy["object-src"].ShouldBe(["'none'"]);
        policy["base-uri"].ShouldBe(["'self'"]);
        policy.Values.SelectMany(v => v).ShouldNotContain("'unsafe-eval'");
        policy["default-src"].ShouldBe(["'self'"]);
    }

    [Fact]
    public async Task NoSiteMayFrameTheApp()
    {
        using var response = await app.Http.GetAsync("accedi");
        var policy = Directives(Header(response, "Content-Security-Policy")!);

        policy["frame-ancestors"].ShouldBe(["'none'"]);
        policy["form-action"].ShouldBe(["'self'"]);
    }

    /// <summary>The sign-in page (static) and the plan list (the shell an interactive page starts from).</summary>
    [Theory]
    [InlineData("accedi")]
    [InlineData("")]
    public async Task PagesCarryNoInlineScript(string path)
    {
        var signedIn = await app.SignedInAsync();
        var html = await signedIn.GetStringAsync(path);

        var scripts = ScriptTag().Matches(html).Select(m => m.Value).ToList();
        scripts.ShouldNotBeEmpty();
        scripts.ShouldAllBe(tag => tag.Contains(" src=\""), string.Join(Environment.NewLine, scripts));
        html.ShouldNotContain("importmap");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    /// <summary>"script-src 'self'; img-src 'self' data:" → { script-src: ['self'], img-src: ['self', data:] }.</summary>
    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();
}
