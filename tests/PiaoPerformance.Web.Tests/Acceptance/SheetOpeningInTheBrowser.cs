using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Acceptance;

/// <summary>
/// Issue 7's missing screens: the Segretario opens the 2026 sheets of two new employees from the year's page and
/// sees the counts change without a reload, then records that their evaluator left and the replacement signs in and
/// finds the sheet to evaluate (SPEC §3.1, §4.13).
/// </summary>
public sealed class SheetOpeningInTheBrowser(PiaoAppFixture app) : BrowserTest(app)
{
    protected override string? SignedInAs => "segretario";

    [Fact]
    public async Task TheSegretarioOpensTheYearsSheetsAndRecordsAChangeOfEvaluatorThatTheReplacementSees()
    {
        var (first, second, unitId, replacement) = await SheetOpeningSeed.PeopleAsync(App);
        var planId = await (await App.Accounts.ClientAsync("segretario")).DemoPlanIdAsync();
        var opening = new SheetOpeningPage(Browser);

        await opening.Layout.GotoAsync("schede/tutte");
        await Browser.Page.GetByTestId("open-year-link").First.ClickAsync();
        await Expect(Browser.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/piani/{planId}/schede/apertura"));
        await opening.GotoAsync(planId, 2026);
        await opening.UnitFilter.SelectOptionAsync(unitId.ToString());
        await Expect(opening.Status(first)).ToHaveTextAsync("Da aprire");
        var (open, toOpen) = (Count(await opening.CountOpen.TextContentAsync()), Count(await opening.CountToOpen.TextContentAsync()));

        await opening.Check(first).CheckAsync();
        await opening.Check(second).CheckAsync();
        await opening.Open.ClickAsync();

        await Expect(opening.Done).ToHaveTextAsync("Schede aperte: 2.");
        await Expect(opening.CountOpen).ToHaveTextAsync((open + 2).ToString(CultureInfo.InvariantCulture));
        await Expect(opening.CountToOpen).ToHaveTextAsync((toOpen - 2).ToString(CultureInfo.InvariantCulture));
        await Expect(opening.Status(first)).ToHaveTextAsync("Già aperta");
        await Expect(opening.Check(second)).ToHaveCountAsync(0);

        Guid sheetId, evaluator;
        await using (var db = await App.Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync())
        {
            (await db.EvaluationSheets.CountAsync(s => s.PersonId == second && s.Year == 2026)).ShouldBe(1);
            var sheet = await db.EvaluationSheets.AsNoTracking().SingleAsync(s => s.PersonId == first && s.Year == 2026);
            (sheetId, evaluator) = (sheet.Id, sheet.EvaluatorPersonIds.Single());
        }

        var page = new EvaluationSheetPage(Browser);
        await page.GotoAsync(sheetId);
        await Expect(opening.Former).ToHaveValueAsync(evaluator.ToString());
        await opening.LeftOn.FillAsync("2026-03-31");
        await opening.SaveChange.ClickAsync();
        await Expect(opening.ChangeMessages).ToHaveTextAsync("Indicare il nuovo valutatore.");
        await opening.Replacement.SelectOptionAsync(replacement.ToString());
        await opening.SaveChange.ClickAsync();

        await Expect(page.Done).ToHaveTextAsync("Cambio del valutatore registrato.");
        await Expect(page.Page.GetByTestId("sheet-evaluators")).ToHaveTextAsync("Sabrina Subentri");
        await Expect(opening.ChangeItems).ToContainTextAsync("dal 01/04/2026 valuta Sabrina Subentri");
        await Expect(opening.ChangeItems.GetByTestId("partial-state")).ToContainTextAsync("da acquisire");

        await App.Accounts.SignInAsync(Browser, SheetOpeningSeed.ReplacementUsername);
        await page.Layout.GotoAsync("schede");
        await Expect(page.ListRows.Filter(new() { HasText = "Zanardi Apertura" })).ToHaveCountAsync(1);
        await page.GotoAsync(sheetId);
        await Expect(page.Save).ToBeVisibleAsync();
        await Expect(page.Page.GetByTestId("partial-evaluator")).ToHaveValueAsync(evaluator.ToString());
    }

    private static int Count(string? text) => int.Parse(text ?? "", CultureInfo.InvariantCulture);
}
