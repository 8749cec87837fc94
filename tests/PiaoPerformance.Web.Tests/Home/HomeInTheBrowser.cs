using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Home;

/// <summary>
/// Each demo role signs in and its home page shows the blocks of its roles, with the units, sheets and counts that
/// belong to it (read from the database), and none of the others' blocks; the plan list stays at <c>/piani</c>; a
/// report sent in one browser shows on the NIV's open home page in another without a reload.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class HomeInTheBrowser(PiaoAppFixture app)
{
    private readonly DemoHome _demo = new(app);

    private static async Task ShowsOnlyAsync(HomePage home, params string[] blocks)
    {
        foreach (var (name, block) in home.Blocks)
        {
            await Expect(block).ToHaveCountAsync(blocks.Contains(name) ? 1 : 0);
        }
    }

    [Fact]
    public async Task TheSegretarioSeesEveryUnitOfTheEnteWithItsObjectivesAndTheCycleSummary()
    {
        var actor = await _demo.ActorAsync("segretario");
        await using var browser = await app.NewPageAsync("segretario");
        var home = new HomePage(browser);

        await home.GotoAsync();

        await ShowsOnlyAsync(home, "segretario");
        await Expect(home.UnitNames(home.Segretario)).ToHaveTextAsync((await _demo.UnitNamesAsync(actor.MunicipalityId)).ToArray());
        await using var db = await _demo.ContextAsync();
        var unit = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.MunicipalityId == actor.MunicipalityId && u.Code == "V");
        var plan = await db.PlanCycles.AsNoTracking().Where(c => c.MunicipalityId == actor.MunicipalityId).OrderByDescending(c => c.StartYear).FirstAsync();
        var objectives = await db.Objectives.CountAsync(o => o.PlanCycleId == plan.Id && o.OwnerUnitId == unit.Id && o.Status != ObjectiveStatus.Cancelled);
        await Expect(home.UnitRow(home.Segretario, "V").GetByTestId("home-unit-objectives")).ToHaveTextAsync(objectives.ToString(Format()));
        await Expect(home.Segretario.GetByTestId("home-summary")).ToContainTextAsync("Il ciclo in sintesi");
        await Expect(home.Page.GetByTestId("nav-home")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AResponsabileSeesTheUnitsTheyHeadAndTheSheetsTheyFillAndNoOtherUnit()
    {
        var actor = await _demo.ActorAsync("resp1");
        var headed = actor.Units.Select(u => u.OrgUnitId).ToHashSet();
        await using var db = await _demo.ContextAsync();
        var toFill = await db.EvaluationSheets.AsNoTracking()
            .Where(s => s.MunicipalityId == actor.MunicipalityId && s.State != SheetState.Validata
                && s.Evaluators.Any(e => e.PersonId == actor.PersonId && e.Role != SheetEvaluatorRole.Proponente))
            .CountAsync();
        await using var browser = await app.NewPageAsync("resp1");
        var home = new HomePage(browser);

        await home.GotoAsync();

        await ShowsOnlyAsync(home, "units", "evaluator");
        var mine = await _demo.UnitNamesAsync(actor.MunicipalityId, headed);
        await Expect(home.UnitNames(home.MyUnits)).ToHaveTextAsync(mine.ToArray());
        var others = (await _demo.UnitNamesAsync(actor.MunicipalityId)).Except(mine).ToList();
        others.ShouldNotBeEmpty();
        await Expect(home.MyUnits).Not.ToContainTextAsync(others[0]);
        toFill.ShouldBeGreaterThan(0);
        await Expect(home.SheetRows(home.Evaluator)).ToHaveCountAsync(toFill);
    }

    [Fact]
    public async Task TheNivSeesWhatIsLeftToMeasureAndTheSheetsOfTheNiv()
    {
        var actor = await _demo.ActorAsync("niv");
        await using var db = await _demo.ContextAsync();
        var plan = await db.PlanCycles.AsNoTracking().Where(c => c.MunicipalityId == actor.MunicipalityId).OrderByDescending(c => c.StartYear).FirstAsync();
        var objectives = await db.Objectives.CountAsync(o => o.PlanCycleId == plan.Id && o.Status != ObjectiveStatus.Cancelled);
        var measured = await db.Set<ObjectiveMeasurement>().CountAsync(m => m.PlanCycleId == plan.Id && m.Year == plan.StartYear);
        var nivSheets = await db.EvaluationSheets.CountAsync(s => s.MunicipalityId == actor.MunicipalityId && s.EvaluatorKind == EvaluatorKind.Niv && s.State != SheetState.Validata);
        await using var browser = await app.NewPageAsync("niv");
        var home = new HomePage(browser);

        await home.GotoAsync();

        await ShowsOnlyAsync(home, "niv", "evaluator");
        await Expect(home.Niv.GetByTestId("home-niv-to-measure")).ToHaveTextAsync((objectives - measured).ToString(Format()));
        await Expect(home.Niv.GetByTestId("home-niv-measure")).ToHaveAttributeAsync("href", $"/piani/{plan.Id}/misurazione");
        await Expect(home.Niv.GetByTestId("home-summary")).ToContainTextAsync("Il ciclo in sintesi");
        await Expect(home.SheetRows(home.Evaluator)).ToHaveCountAsync(nivSheets);
    }

    [Fact]
    public async Task TheSindacoSeesOnlyTheSheetsTheSindacoFills()
    {
        var actor = await _demo.ActorAsync("sindaco");
        await using var db = await _demo.ContextAsync();
        var sheets = await db.EvaluationSheets.CountAsync(s => s.MunicipalityId == actor.MunicipalityId && s.EvaluatorKind == EvaluatorKind.Sindaco && s.State != SheetState.Validata);
        await using var browser = await app.NewPageAsync("sindaco");
        var home = new HomePage(browser);

        await home.GotoAsync();

        await ShowsOnlyAsync(home, "evaluator");
        await Expect(home.SheetRows(home.Evaluator)).ToHaveCountAsync(sheets);
        if (sheets == 0)
        {
            await Expect(home.Evaluator.GetByTestId("sheets-none")).ToHaveTextAsync("Nessuna scheda da compilare o in conciliazione.");
        }
    }

    [Fact]
    public async Task TheGiuntaSeesTheEntesPerformanceOfEachYearOfTheCycle()
    {
        var actor = await _demo.ActorAsync("giunta");
        await using var db = await _demo.ContextAsync();
        var plan = await db.PlanCycles.AsNoTracking().Where(c => c.MunicipalityId == actor.MunicipalityId).OrderByDescending(c => c.StartYear).FirstAsync();
        await using var browser = await app.NewPageAsync("giunta");
        var home = new HomePage(browser);

        await home.GotoAsync();

        await ShowsOnlyAsync(home, "giunta");
        await Expect(home.Giunta.GetByTestId("home-ente-year")).ToHaveCountAsync(plan.EndYear - plan.StartYear + 1);
        await Expect(home.Giunta.GetByTestId("home-giunta-link")).ToHaveAttributeAsync("href", $"/piani/{plan.Id}/performance-ente");
    }

    [Fact]
    public async Task AnEmployeeSeesTheirOwnSheetAndNothingElse()
    {
        var actor = await _demo.ActorAsync("dip1");
        await using var db = await _demo.ContextAsync();
        var own = await db.EvaluationSheets.CountAsync(s => s.PersonId == actor.PersonId);
        await using var browser = await app.NewPageAsync("dip1");
        var home = new HomePage(browser);

        await home.GotoAsync();

        await ShowsOnlyAsync(home, "mine");
        own.ShouldBeGreaterThan(0);
        await Expect(home.SheetRows(home.Mine)).ToHaveCountAsync(own);
        await Expect(home.SheetRows(home.Mine).First).ToContainTextAsync(actor.DisplayName);
    }

    [Fact]
    public async Task TheAdministratorSeesHowFarTheEnteIsSetUpAndThePlanListStaysAtPiani()
    {
        var actor = await _demo.ActorAsync("admin");
        await using var db = await _demo.ContextAsync();
        var (units, people) = (await db.OrgUnits.CountAsync(u => u.MunicipalityId == actor.MunicipalityId), await db.People.CountAsync(p => p.MunicipalityId == actor.MunicipalityId));
        await using var browser = await app.NewPageAsync("admin");
        var home = new HomePage(browser);

        await home.GotoAsync();

        await ShowsOnlyAsync(home, "admin");
        await Expect(home.Admin.GetByTestId("home-admin-setup")).ToContainTextAsync($"{units} unità, {people} persone");
        await home.Page.GetByTestId("nav-plans").ClickAsync();
        await Expect(home.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/piani$"));
        await Expect(home.Page.Locator("main h1")).ToHaveTextAsync("Piani della performance");
        await Expect(home.Page.GetByTestId("plans").Locator("tbody tr")).ToHaveCountAsync(await db.PlanCycles.CountAsync(c => c.MunicipalityId == actor.MunicipalityId));
    }

    [Fact]
    public async Task AReportSentInOneBrowserShowsOnTheNivsOpenHomePageWithoutAReload()
    {
        var ente = await MeasurementEnte.CreateAsync(app.Services);
        await using var nivBrowser = await app.NewPageAsync();
        await app.Accounts.SignInAsync(nivBrowser, ente.Niv1, MeasurementEnte.Password);
        var home = new HomePage(nivBrowser);
        await home.GotoAsync();
        var sent = home.Niv.GetByTestId("home-niv-year");
        await Expect(sent).ToContainTextAsync("relazioni inviate 0.");
        await home.MarkDocumentAsync();

        await using var headBrowser = await app.NewPageAsync();
        await app.Accounts.SignInAsync(headBrowser, ente.Head, MeasurementEnte.Password);
        var report = new ReportPage(headBrowser);
        await report.GotoAsync(ente.Cards[0], 2024);
        await report.FillAsync("measured-value", "80");
        await report.FillAsync("realized-pct", "80");
        await report.FillAsync("report-text", "Attivate 8 procedure su 10 previste.");
        await report.SaveAsync();
        await report.SubmitButton.ClickAsync();
        await Expect(report.Status).ToContainTextAsync("Inviata al NIV");

        await Expect(sent).ToContainTextAsync("relazioni inviate 1.");
        await Expect(home.Refreshed).ToHaveTextAsync("Pagina aggiornata con le ultime modifiche.");
        (await home.DocumentIsMarkedAsync()).ShouldBeTrue("the page was reloaded instead of updated");
    }

    private static System.Globalization.CultureInfo Format() => System.Globalization.CultureInfo.GetCultureInfo("it-IT");
}
