using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using Xunit.Abstractions;

namespace PiaoPerformance.Web.Tests.Accessibility;

/// <summary>
/// axe-core finds no serious or critical violation on the home page of each demo role. With PIAO_DOCS_IMG set to an
/// absolute folder (docs/img), it also writes the user guide's pictures of the home pages (home-&lt;account&gt;.png).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class HomeAccessibility(PiaoAppFixture app, ITestOutputHelper output)
{
    [Theory]
    [InlineData("admin")]
    [InlineData("segretario")]
    [InlineData("niv")]
    [InlineData("sindaco")]
    [InlineData("giunta")]
    [InlineData("resp1")]
    [InlineData("dip1")]
    public async Task TheHomePageOfEachRole(string username)
    {
        await using var browser = await app.NewPageAsync(username, bypassCsp: true);
        var home = new HomePage(browser);
        await home.GotoAsync();

        var minor = await Axe.ShouldHaveNoSeriousViolationsAsync(browser.Page);
        output.WriteLine(minor.Count == 0 ? $"{username}: no violation" : $"{username}: minor or moderate only{Environment.NewLine}{Axe.Describe(minor)}");
        if (Environment.GetEnvironmentVariable("PIAO_DOCS_IMG") is { Length: > 0 } folder)
        {
            await browser.Page.SetViewportSizeAsync(1400, 1000);
            await browser.Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"home-{username}.png"), FullPage = username == "segretario" });
        }
    }
}
