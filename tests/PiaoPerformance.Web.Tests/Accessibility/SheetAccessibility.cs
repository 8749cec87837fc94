using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Accessibility;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA) finds no serious or critical violation on an evaluation sheet as its evaluator
/// sees it (every level's descriptor, the figures, the conciliation buttons) and with the form's messages showing,
/// and on the evaluator's list of sheets.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SheetAccessibility(PiaoAppFixture app, ITestOutputHelper output)
{
    private async Task CheckAsync(IPage page)
    {
        var minor = await Axe.ShouldHaveNoSeriousViolationsAsync(page, null);
        output.WriteLine(minor.Count == 0 ? $"{page.Url}: no violation" : $"{page.Url}: minor or moderate only{Environment.NewLine}{Axe.Describe(minor)}");
    }

    [Fact]
    public async Task TheSheetPageAsItsEvaluatorSeesIt()
    {
        var resp2 = await app.Accounts.ClientAsync("resp2");
        var id = Guid.Parse((string)(await resp2.GetJsonAsync("api/v1/sheets/to-evaluate")).AsArray()
            .First(s => (int)s!["year"]! == 2024)!["id"]!);
        await using var browser = await app.NewPageAsync("resp2", bypassCsp: true);
        var sheet = new EvaluationSheetPage(browser);
        await sheet.GotoAsync(id);
        await Expect(sheet.Items.First).ToBeVisibleAsync();

        await CheckAsync(browser.Page);
        if (Environment.GetEnvironmentVariable("PIAO_DOCS_IMG") is { Length: > 0 } folder)
        {
            // For docs/user-guide.md: PIAO_DOCS_IMG=docs/img (absolute) writes the guide's picture of a sheet.
            await browser.Page.SetViewportSizeAsync(1400, 1000);
            await browser.Page.ScreenshotAsync(new() { Path = Path.Combine(folder, "scheda-valutazione.png") });
        }

        await sheet.EntePerformance.FillAsync("120");
        await sheet.Save.ClickAsync();
        await Expect(browser.Page.Locator(".validation-message").First).ToBeVisibleAsync();
        await CheckAsync(browser.Page);
    }

    [Fact]
    public async Task TheEvaluatorsListOfSheets()
    {
        await using var browser = await app.NewPageAsync("resp2", bypassCsp: true);
        var sheet = new EvaluationSheetPage(browser);
        await sheet.Layout.GotoAsync("schede");
        await Expect(sheet.ListRows.First).ToBeVisibleAsync();

        await CheckAsync(browser.Page);
    }

    [Fact]
    public async Task TheYearsOpeningAndTheChangeOfEvaluatorWithItsMessages()
    {
        var (first, _, unitId, _) = await SheetOpeningSeed.PeopleAsync(app, "Axe");
        var segretario = await SheetSeed.ActorAsync(app.Services, "segretario");
        var planId = await (await app.Accounts.ClientAsync("segretario")).DemoPlanIdAsync();
        var sheets = app.Services.GetRequiredService<EvaluationSheetService>();
        (await sheets.OpenYearAsync(segretario, planId, new YearOpeningRequest(2026, [first]))).Opened.ShouldBe(1);
        var id = (await sheets.ListAllAsync(segretario, 2026)).Single(s => s.PersonId == first).Id;
        await using var browser = await app.NewPageAsync("segretario", bypassCsp: true);
        var opening = new SheetOpeningPage(browser);

        await opening.GotoAsync(planId, 2026);
        await opening.UnitFilter.SelectOptionAsync(unitId.ToString());
        await Expect(opening.Rows.First).ToBeVisibleAsync();
        await CheckAsync(browser.Page);

        await new EvaluationSheetPage(browser).GotoAsync(id);
        await opening.SaveChange.ClickAsync();
        await Expect(opening.ChangeMessages.First).ToBeVisibleAsync();
        await CheckAsync(browser.Page);
    }
}
