using System.Text.RegularExpressions;

namespace PiaoPerformance.Web.Tests.Security;

/// <summary>
/// Posts the <c>/accedi</c> form as a browser does without running one: reads the page for its antiforgery token (the
/// client keeps the antiforgery cookie), then posts user name and password with it.
/// </summary>
public static partial class SignInForm
{
    public const string Path = "accedi";

    public static async Task<HttpResponseMessage> PostAsync(HttpClient browserLikeClient, string username, string password)
    {
        var page = await browserLikeClient.GetStringAsync(Path);
        var token = TokenField().Match(page);
        token.Success.ShouldBeTrue("the sign-in page has no antiforgery token");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "accedi",
            ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token.Groups[1].Value),
            ["Input.Username"] = username,
            ["Input.Password"] = password,
        });
        return await browserLikeClient.PostAsync(Path, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
