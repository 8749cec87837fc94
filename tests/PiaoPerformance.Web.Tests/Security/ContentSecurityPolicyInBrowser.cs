using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Security;

/// <summary>
/// The app runs in Chromium under its Content Security Policy (no inline script; connect-src 'self' for the circuit's
/// WebSocket) without a single violation: sign-in page, plan list, plan overview (a click proves the circuit), objective
/// card, audit trail, password change. Each document records its violations through the browser's
/// <c>securitypolicyviolation</c> event.
/// </summary>
public sealed class ContentSecurityPolicyInBrowser(PiaoAppFixture app) : BrowserTest(app)
{
    private const string RecordViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
        """;

    [Fact]
    public async Task SignInPageRunsItsScriptsWithoutViolations()
    {
        await Browser.Page.AddInitScriptAsync(RecordViolations);

        await Browser.Page.GotoAsync("accedi", new() { WaitUntil = WaitUntilState.Load });

        await ShouldHaveNoViolationsAsync();
        // js/app.js ran before the kit's bundle, which then injected its fonts: the scripts that used to be inline work.
        (await Browser.Page.EvaluateAsync<string>("() => window.__PUBLIC_PATH__")).ShouldBe("/lib/bootstrap-italia/fonts");
        (await Browser.Page.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('style')].some(s => s.textContent.includes('Titillium Web'))")).ShouldBeTrue();
    }

    [Fact]
    public async Task SignedInPagesStayInteractiveWithoutViolations()
    {
        var api = await App.SignedInAsync();
        var planId = await api.DemoPlanIdAsync();
        var objectiveId = await api.ObjectiveIdAsync("I", 1);
        await Browser.Page.AddInitScriptAsync(RecordViolations);

        await SignInAsync("segretario", ApiSession.DemoPassword);
        await ShouldHaveNoViolationsAsync();

        var overview = new PlanOverviewPage(Browser);
        await overview.GotoAsync(planId);
        await overview.OpenUnitAsync("I");
        await ShouldHaveNoViolationsAsync();

        var card = new ObjectiveCardPage(Browser);
        await card.GotoAsync(objectiveId);
        await ShouldHaveNoViolationsAsync();

        foreach (var path in new[] { "registro", "account/password" })
        {
            await Browser.Page.GotoAsync(path);
            await Expect(Browser.Page.Locator("h1")).ToBeVisibleAsync();
            await ShouldHaveNoViolationsAsync();
        }

        Browser.Log.ShouldNotContain("Content Security Policy");
    }

    private async Task SignInAsync(string username, string password)
    {
        var page = Browser.Page;
        await page.GotoAsync("accedi");
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(password);
        await page.GetByTestId("signin-submit").ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/accedi"));
        await Expect(page.GetByTestId("signed-in-as")).ToBeVisibleAsync();
    }

    private async Task ShouldHaveNoViolationsAsync()
    {
        var violations = await Browser.Page.EvaluateAsync<string[]>("() => window.__cspViolations ?? []");
        violations.ShouldBeEmpty($"{Browser.Page.Url}{Environment.NewLine}{Browser.Log}");
    }
}
