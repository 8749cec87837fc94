using System.Net;
using System.Web;
using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Security;

// The pages: anonymous visitors go to the sign-in page (over HTTP, no browser needed); ids of another ente or made up
// say "not found" in Chromium, and never show the other ente's data.
public sealed partial class IdorMatrix
{
    [Fact]
    public async Task EveryPageButTheSignInOnesSendsAnAnonymousVisitorToTheSignInPageAndBack()
    {
        var demo = await DemoIdsAsync();
        using var anonymous = App.Accounts.NewClient();
        var failures = new List<string>();

        var pages = PageRoutes();
        foreach (var page in pages.Where(p => !p.AllowsAnonymous).Select(p => p.Route))
        {
            var url = page.Url(demo);
            using var response = await anonymous.GetAsync(url);
            var location = response.Headers.Location;
            var returnUrl = location is null ? null : HttpUtility.ParseQueryString(location.Query)["ReturnUrl"];
            if (response.StatusCode != HttpStatusCode.Redirect || location?.AbsolutePath != "/accedi" || returnUrl != "/" + url)
            {
                failures.Add($"{page.Name}: {(int)response.StatusCode} {location} instead of a redirect to /accedi?ReturnUrl=/{url}");
            }
        }

        pages.Count(p => p.Route.Parameters.Count > 0 && !p.AllowsAnonymous).ShouldBeGreaterThanOrEqualTo(3, "the pages with ids are among them");
        failures.ShouldBeEmpty(Report(failures));
    }

    [Fact]
    public async Task EveryPageWithAnIdOfAnotherEnteOrAMadeUpOneSaysNotFoundThoughItsOwnerSeesIt()
    {
        var (demo, other) = (await DemoIdsAsync(), await OtherIdsAsync());
        var pages = PageRoutes().Select(p => p.Route).Where(p => p.Parameters.Count > 0).ToList();
        var layout = new MainLayoutPage(Browser);
        var failures = new List<string>();

        await App.Accounts.SignInAsync(Browser, OtherEnte.SegretarioUsername, OtherEnte.Password);
        foreach (var page in pages)
        {
            await layout.GotoAsync(page.Url(other));
            if (!await HoldsAsync(() => Expect(layout.Main).ToContainTextAsync(OtherEnte.Marker))
                || !await HoldsAsync(() => Expect(layout.NotFoundSigns).ToHaveCountAsync(0)))
            {
                failures.Add($"{page.Name} by the owner ente's Segretario does not show their data (the ids must be real): {await layout.MainTextAsync()}");
            }
        }

        await App.Accounts.SignInAsync(Browser, "segretario");
        var cases = pages.SelectMany(page =>
            page.Cases(demo, other, swapNumbers: false).Select(c => (What: $"{page.Name} with another ente's {c.Swapped.Name}", c.Url))
                .Concat(page.Cases(demo, IdSet.MadeUp(), swapNumbers: true).Select(c => (What: $"{page.Name} with a made-up {c.Swapped.Name}", c.Url))));
        foreach (var (what, url) in cases)
        {
            await layout.GotoAsync(url);
            if (!await HoldsAsync(() => Expect(layout.NotFoundSigns.First).ToBeVisibleAsync())
                || !await HoldsAsync(() => Expect(layout.Main).Not.ToContainTextAsync(OtherEnte.Marker)))
            {
                failures.Add($"{what} (/{url}) does not say not found, or shows the other ente's data: {await layout.MainTextAsync()}");
            }
        }

        failures.ShouldBeEmpty($"{Report(failures)}{Environment.NewLine}{Browser.Log}");
    }

    /// <summary>Whether a retrying Playwright expectation is met in its time (false instead of an exception, to list every failure).</summary>
    private static async Task<bool> HoldsAsync(Func<Task> expectation)
    {
        try
        {
            await expectation();
            return true;
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }

    private static IReadOnlyList<(IdRoute Route, bool AllowsAnonymous)> PageRoutes()
    {
        var unknown = new List<string>();
        var pages = IdRoutes.Pages(unknown);
        unknown.ShouldBeEmpty(Report(unknown));
        return pages;
    }
}
