using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Accessibility;

/// <summary>
/// axe-core finds no serious or critical violation on the reporting page (as its responsabile, forms open) and on
/// the NIV workspace (as a NIV member, forms open, validation messages shown), on a comune in Rendicontazione.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MeasurementAccessibility(PiaoAppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task ReportingPage()
    {
        var ente = await MeasurementEnte.CreateAsync(app.Services);
        await using var browser = await app.NewPageAsync(bypassCsp: true);
        await app.Accounts.SignInAsync(browser, ente.Head, MeasurementEnte.Password);
        var report = new ReportPage(browser);
        await report.GotoAsync(ente.Cards[0], 2024);
        await report.Page.GetByTestId("add-act").ClickAsync();
        await Expect(report.Form).ToBeVisibleAsync();

        await CheckAsync(browser.Page);
    }

    [Fact]
    public async Task NivWorkspaceWithAValidationMessage()
    {
        var ente = await MeasurementEnte.CreateAsync(app.Services);
        await using var browser = await app.NewPageAsync(bypassCsp: true);
        await app.Accounts.SignInAsync(browser, ente.Niv1, MeasurementEnte.Password);
        var workspace = new NivWorkspacePage(browser);
        await workspace.GotoAsync(ente.PlanId, ente.UnitId, 2024);
        await workspace.CheckAsync(ente.Cards[2], "excluded");
        await workspace.Card(ente.Cards[2]).GetByTestId("save-measure").ClickAsync();
        await Expect(workspace.Card(ente.Cards[2]).Locator(".validation-message")).ToBeVisibleAsync();

        await CheckAsync(browser.Page);
    }

    private async Task CheckAsync(IPage page)
    {
        var minor = await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        output.WriteLine(minor.Count == 0 ? $"{page.Url}: no violation" : $"{page.Url}: minor or moderate only{Environment.NewLine}{Axe.Describe(minor)}");
    }
}
