using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Web.Formatting;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Acceptance;

/// <summary>
/// Issue 7's acceptance for the sheets, in Chromium on the shared app: the demo employee sees only their own sheet
/// (another sheet's address is refused, the menu offers only "La mia scheda"); an employee sheet runs the
/// conciliation notify → observations → modified → accepted with the deadlines of the ente's working-day calendar on
/// the page, and is validated; a dirigente sheet filled by the NIV is accepted and validated. The sheets changed are
/// fresh ones of 2026, so the demo's 2024 sheets stay as the other tests expect them.
/// </summary>
public sealed class SheetsInTheBrowser(PiaoAppFixture app) : BrowserTest(app)
{
    protected override string? SignedInAs => null;

    [Fact]
    public async Task TheDemoEmployeeSeesOnlyTheirOwnSheetAndIsRefusedAColleagues()
    {
        var segretario = await App.Accounts.ClientAsync("segretario");
        var dip1 = await App.Accounts.ClientAsync("dip1");
        var mine = (await dip1.GetJsonAsync("api/v1/sheets/mine")).AsArray().ShouldHaveSingleItem()!;
        var colleague = (await segretario.GetJsonAsync("api/v1/sheets?year=2024")).AsArray()
            .First(s => (string?)s!["role"] == "Dipendente" && (string?)s["personId"] != (string?)mine["personId"])!;
        await App.Accounts.SignInAsync(Browser, "dip1");
        var sheet = new EvaluationSheetPage(Browser);

        await sheet.Layout.GotoAsync("schede/mia");

        await Expect(Browser.Page.GetByTestId("nav-my-sheet")).ToBeVisibleAsync();
        await Expect(Browser.Page.GetByTestId("nav-sheets-to-evaluate")).ToHaveCountAsync(0);
        await Expect(Browser.Page.GetByTestId("nav-all-sheets")).ToHaveCountAsync(0);
        await Expect(sheet.ListRows).ToHaveCountAsync(1);
        await sheet.ListRows.First.GetByTestId("sheet-link").ClickAsync();
        await Expect(sheet.Person).ToHaveTextAsync((string)mine["personName"]!);
        await Expect(sheet.Items).ToHaveCountAsync(10);
        await Expect(sheet.Items.First).ToContainTextAsync("Condivide poco la propria esperienza di lavoro");
        await Expect(sheet.Level(0, 5)).ToBeDisabledAsync();
        await Expect(sheet.Save).ToHaveCountAsync(0);
        await Expect(sheet.ExplanationLines.First).ToBeVisibleAsync();
        await Expect(Browser.Page.GetByTestId("sheet-what-if")).ToHaveCountAsync(0);

        await sheet.GotoAsync(Guid.Parse((string)colleague["id"]!));

        await Expect(sheet.AccessDenied).ToHaveTextAsync(AccessRules.NotYourSheet);
        await Expect(sheet.Layout.Main).Not.ToContainTextAsync((string)colleague["personName"]!);
        await Expect(sheet.Items).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AnEmployeeSheetRunsNotifyObservationsModifiedAcceptedOnTheCalendarAndIsValidated()
    {
        var (id, employee) = await SheetSeed.EmployeeAsync(App, "II", staffIndex: 4, year: 2026, evaluator: "resp2");
        await SheetSeed.AgreeAsync(App, id);
        var (today, calendar) = await TodayAndCalendarAsync();
        var sheet = new EvaluationSheetPage(Browser);

        await App.Accounts.SignInAsync(Browser, "resp2");
        await sheet.Layout.GotoAsync("schede");
        await Expect(sheet.ListRows.Filter(new() { HasText = "2026" })).ToHaveCountAsync(1);
        await sheet.GotoAsync(id);
        await Expect(Browser.Page.GetByTestId("sheet-what-if")).ToHaveAttributeAsync("href", $"/schede/{id}/simulazione");
        await sheet.EntePerformance.FillAsync("92");
        await sheet.ScoreAsync([5, 4, 4, 4, 5, 3, 4, 4, 5, 4]);
        await sheet.SaveAsync();
        await Expect(sheet.C).ToHaveTextAsync("42");
        await sheet.StepAsync("notify", "Notificata");

        var observationsDue = calendar.AddWorkingDays(today, 10);
        await Expect(sheet.Dated("observations-due")).ToHaveTextAsync(Fmt.Date(observationsDue));
        await Expect(sheet.Deadline).ToContainTextAsync(Fmt.Date(observationsDue));

        await App.Accounts.SignInAsync(Browser, employee);
        await sheet.Layout.GotoAsync("schede/mia");
        await Expect(sheet.ListRows).ToHaveCountAsync(1);
        await sheet.GotoAsync(id);
        await sheet.StepButton("observe").ClickAsync();
        await Expect(Browser.Page.GetByTestId("conciliation").Locator(".validation-message")).ToHaveTextAsync("Osservazioni del valutato: campo obbligatorio.");
        await sheet.StepAsync("observe", "Osservazioni ricevute", "Chiedo di rivedere il primo comportamento.");

        var reviewDue = calendar.AddWorkingDays(today, 10);
        await Expect(sheet.Dated("review-due")).ToHaveTextAsync(Fmt.Date(reviewDue));
        await Expect(sheet.Dated("observations")).ToHaveTextAsync("Chiedo di rivedere il primo comportamento.");

        await App.Accounts.SignInAsync(Browser, "resp2");
        await sheet.GotoAsync(id);
        await Expect(sheet.Deadline).ToContainTextAsync(Fmt.Date(reviewDue));
        await sheet.ChooseAsync(3, 5);
        await sheet.SaveAsync();
        await Expect(sheet.C).ToHaveTextAsync("43");
        await sheet.StepAsync("modify", "Modificata", "Accolta l'osservazione.");

        await App.Accounts.SignInAsync(Browser, employee);
        await sheet.GotoAsync(id);
        await sheet.StepAsync("accept", "Accettata");

        await App.Accounts.SignInAsync(Browser, "segretario");
        await sheet.Layout.GotoAsync("schede/tutte");
        await Expect(sheet.ListRows.Filter(new() { HasText = "Accettata" }).First).ToBeVisibleAsync();
        await sheet.GotoAsync(id);
        await sheet.StepAsync("validate", "Validata");

        await Expect(sheet.Versions).ToHaveCountAsync(3);
        await sheet.Versions.Filter(new() { HasText = "Versione 1" }).GetByTestId("show-version").ClickAsync();
        await Expect(Browser.Page.GetByTestId("version-view").GetByTestId("figure-c")).ToHaveTextAsync("42");
        await Expect(sheet.C).ToHaveTextAsync("43");
        await Expect(sheet.Dated("validated-on")).ToHaveTextAsync(Fmt.Date(today));
    }

    [Fact]
    public async Task ADirigenteSheetFilledByTheNivIsAcceptedAndValidated()
    {
        var id = await SheetSeed.DirigenteAsync(App, "resp3", "III", year: 2026);
        var sheet = new EvaluationSheetPage(Browser);

        await App.Accounts.SignInAsync(Browser, "niv");
        await sheet.GotoAsync(id);
        await sheet.Page.GetByTestId("take-agreed").ClickAsync();
        await Expect(sheet.Error).ToHaveTextAsync(Infrastructure.Evaluation.AgreedAchievementsTransfer.NothingAgreed);
        await SheetSeed.AgreeAsync(App, id);
        await sheet.GotoAsync(id);
        await Expect(sheet.Objectives.Nth(1).GetByTestId("agreed-pct")).ToHaveTextAsync("75 %");
        var items = await sheet.Items.CountAsync();
        await sheet.EntePerformance.FillAsync("90");
        await sheet.ScoreAsync(Enumerable.Repeat(4, items).ToList());
        await sheet.SaveAsync();
        await Expect(sheet.D).Not.ToHaveTextAsync("—");
        await sheet.StepAsync("notify", "Notificata");

        await App.Accounts.SignInAsync(Browser, "resp3");
        await sheet.GotoAsync(id);
        await sheet.StepAsync("accept", "Accettata");

        await App.Accounts.SignInAsync(Browser, "segretario");
        await sheet.GotoAsync(id);
        await sheet.StepAsync("validate", "Validata");
        await Expect(sheet.Versions).ToHaveCountAsync(2);
        await Expect(sheet.Save).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ASaveAfterSomeoneElsesIsAConflictThatKeepsWhatWasTyped()
    {
        var (id, _) = await SheetSeed.EmployeeAsync(App, "II", staffIndex: 3, year: 2026, evaluator: "resp2");
        var sheet = new EvaluationSheetPage(Browser);
        await App.Accounts.SignInAsync(Browser, "resp2");
        await sheet.GotoAsync(id);
        await sheet.ScoreAsync([5, 4, 4, 4, 5, 3, 4, 4, 5, 4]);
        await sheet.EntePerformance.FillAsync("88");

        var resp2 = await SheetSeed.ActorAsync(App.Services, "resp2");
        var service = App.Services.GetRequiredService<Infrastructure.Evaluation.EvaluationSheetService>();
        var read = (await service.GetAsync(resp2, id)).ShouldNotBeNull();
        await service.UpdateAsync(resp2, id, new Infrastructure.Evaluation.SheetEdit(EntePerformance: 70m), read.Version);
        await sheet.Save.ClickAsync();

        await Expect(sheet.Error).ToHaveTextAsync(Web.Components.Pages.Sheets.SheetsTexts.Conflict);
        await Expect(sheet.EntePerformance).ToHaveValueAsync("88");
        await Expect(sheet.Level(0, 5)).ToBeCheckedAsync();
        await Browser.Page.GetByTestId("sheet-reload").ClickAsync();
        await Expect(sheet.EntePerformance).ToHaveValueAsync("70");
        await Expect(sheet.Error).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AnOverdueDeadlineIsHighlightedForTheEvaluatorAndTheSegretario()
    {
        var (id, _) = await SheetSeed.EmployeeAsync(App, "I", staffIndex: 1, year: 2026, evaluator: "resp1");
        await SheetSeed.AgreeAsync(App, id);
        var resp1 = await SheetSeed.ActorAsync(App.Services, "resp1");
        var service = App.Services.GetRequiredService<Infrastructure.Evaluation.EvaluationSheetService>();
        var read = (await service.GetAsync(resp1, id)).ShouldNotBeNull();
        await service.UpdateAsync(resp1, id, new Infrastructure.Evaluation.SheetEdit([5, 4, 4, 4, 5, 3, 4, 4, 5, 4], EntePerformance: 92m), read.Version);
        var notifiedOn = new DateOnly(2026, 1, 5);
        var notified = await service.NotifyAsync(resp1, id, notifiedOn);
        var (_, calendar) = await TodayAndCalendarAsync();
        var due = calendar.AddWorkingDays(notifiedOn, 10);
        notified.Conciliation.Deadline.ShouldNotBeNull().Overdue.ShouldBeTrue("the test needs a deadline already past");
        var sheet = new EvaluationSheetPage(Browser);

        await App.Accounts.SignInAsync(Browser, "resp1");
        await sheet.Layout.GotoAsync("schede");
        var row = sheet.ListRows.Filter(new() { HasText = notified.PersonName }).Filter(new() { HasText = "2026" });
        await Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("table-danger"));
        await Expect(row.Locator("[data-overdue=true]")).ToContainTextAsync($"{Fmt.Date(due)} (scaduta)");
        await sheet.GotoAsync(id);
        await Expect(sheet.Deadline).ToHaveAttributeAsync("data-overdue", "true");
        await Expect(sheet.Deadline).ToContainTextAsync(Fmt.Date(due));

        await App.Accounts.SignInAsync(Browser, "segretario");
        await sheet.Layout.GotoAsync("schede/tutte");
        await Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("table-danger"));
    }

    private async Task<(DateOnly Today, Domain.Calendar.WorkingDayCalendar Calendar)> TodayAndCalendarAsync()
    {
        var segretario = await SheetSeed.ActorAsync(App.Services, "segretario");
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
        var municipality = await db.Municipalities.AsNoTracking().SingleAsync(m => m.Id == segretario.MunicipalityId);
        return (DateOnly.FromDateTime(ItalianTime.ToLocal(DateTimeOffset.UtcNow).DateTime), municipality.Settings.Calendar());
    }
}
