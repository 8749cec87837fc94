using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Web.Formatting;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Acceptance;

/// <summary>
/// Issue 7 item 3's special cases entered in the browser (SPEC §4.9-§4.13) on fresh 2026 sheets: presence and
/// sanctions change D and the explanation as the domain computes them for the same inputs; a refusal lands under its field.
/// </summary>
public sealed class SheetSpecialCasesInTheBrowser(PiaoAppFixture app) : BrowserTest(app)
{
    protected override string? SignedInAs => null;

    [Fact]
    public async Task ASanctionEnteredByTheEvaluatorCutsDAsTheDomainComputesWithoutReload()
    {
        var (id, _) = await SheetSeed.EmployeeAsync(App, "V", staffIndex: 2, year: 2026, evaluator: "resp5");
        await SheetSeed.AgreeAsync(App, id);
        var sheet = new EvaluationSheetPage(Browser);
        await App.Accounts.SignInAsync(Browser, "resp5");
        await sheet.GotoAsync(id);
        await sheet.EntePerformance.FillAsync("92");
        await sheet.ScoreAsync([5, 4, 4, 4, 5, 3, 4, 4, 5, 4]);
        await sheet.SaveAsync();
        var before = await Expected(id);
        await Expect(sheet.D).ToHaveTextAsync(Fmt.Number(before.DAfterSanctions));
        await Expect(sheet.ExplanationLines.Filter(new() { HasText = "Riduzioni" })).ToHaveCountAsync(0);

        var inputs = Browser.Page.GetByTestId("inputs-editor");
        await inputs.GetByTestId("part-time").FillAsync("0");
        await inputs.GetByTestId("save-inputs").ClickAsync();
        await Expect(inputs.Locator(".validation-message")).ToHaveTextAsync("La percentuale di part-time è maggiore di 0 e al più 100.");
        await inputs.GetByTestId("part-time").FillAsync("100");
        await inputs.GetByTestId("service-from").FillAsync("2025-06-01");
        await inputs.GetByTestId("save-inputs").ClickAsync();
        await Expect(inputs.Locator(".validation-message")).ToContainTextAsync("2026");
        await Expect(sheet.D).ToHaveTextAsync(Fmt.Number(before.DAfterSanctions));

        await inputs.GetByTestId("service-from").FillAsync("");
        await inputs.GetByTestId("reprimands").FillAsync("1");
        await inputs.GetByTestId("save-inputs").ClickAsync();
        await Expect(sheet.ExplanationLines.Filter(new() { HasText = "Riduzioni cumulate" })).ToHaveCountAsync(1);

        var after = await Expected(id);
        after.SanctionCutPct.ShouldBeGreaterThan(0m, "one written reprimand cuts D");
        after.DAfterSanctions.ShouldBeLessThan(before.DAfterSanctions);
        await Expect(sheet.D).ToHaveTextAsync(Fmt.Number(after.DAfterSanctions));
        var line = after.Explanation.Single(l => l.StartsWith("Riduzioni cumulate", StringComparison.Ordinal));
        await Expect(sheet.ExplanationLines.Filter(new() { HasText = "Riduzioni cumulate" })).ToHaveTextAsync(line);
        await Expect(inputs.GetByTestId("reprimands")).ToHaveValueAsync("1");
    }

    [Fact]
    public async Task PayInputsForADirigenteChangeThePayAsTheDomainComputes()
    {
        var id = await SheetSeed.DirigenteAsync(App, "resp4", "IV", year: 2026);
        await SheetSeed.AgreeAsync(App, id);
        var sheet = new EvaluationSheetPage(Browser);
        await App.Accounts.SignInAsync(Browser, "niv");
        await sheet.GotoAsync(id);
        var items = await sheet.Items.CountAsync();
        await sheet.EntePerformance.FillAsync("90");
        await sheet.ScoreAsync(Enumerable.Repeat(4, items).ToList());
        await sheet.SaveAsync();

        var pay = Browser.Page.GetByTestId("pay-editor");
        await pay.GetByTestId("pay-maximum").FillAsync("-5");
        await pay.GetByTestId("save-pay").ClickAsync();
        await Expect(pay.Locator(".validation-message")).ToHaveTextAsync("Il premio massimo non può essere negativo.");

        await pay.GetByTestId("pay-maximum").FillAsync("10000");
        await pay.GetByTestId("save-pay").ClickAsync();
        await Expect(sheet.Page.GetByTestId("sheet-figures").GetByTestId("figure-pay")).Not.ToHaveTextAsync("—");
        var met = await Expected(id);
        met.Pay.ShouldNotBeNull();
        await Expect(sheet.Page.GetByTestId("sheet-figures").GetByTestId("figure-pay")).ToHaveTextAsync(Fmt.Money(met.Pay));

        await pay.GetByTestId("payment-times").SelectOptionAsync("no");
        await pay.GetByTestId("save-pay").ClickAsync();
        await Expect(sheet.Page.GetByTestId("sheet-figures").GetByTestId("figure-pay")).Not.ToHaveTextAsync(Fmt.Money(met.Pay));
        var notMet = await Expected(id);
        notMet.Pay.ShouldNotBeNull().ShouldBeLessThan(met.Pay!.Value, "payment times not met reduce a manager's pay");
        await Expect(sheet.Page.GetByTestId("sheet-figures").GetByTestId("figure-pay")).ToHaveTextAsync(Fmt.Money(notMet.Pay));
        await Expect(sheet.ExplanationLines).ToHaveTextAsync(notMet.Explanation.ToArray());
        await Expect(pay.GetByTestId("payment-times")).ToHaveValueAsync("no");
    }

    [Fact]
    public async Task APartialEvaluationByAnEvaluatorWhoLeftIsCombinedByTheFinalEvaluatorInProportionToTheDays()
    {
        var (id, leaving) = await TwoEvaluatorSheetAsync();
        var sheet = new EvaluationSheetPage(Browser);
        await App.Accounts.SignInAsync(Browser, "resp6");
        await sheet.GotoAsync(id);
        var partials = Browser.Page.GetByTestId("partials-editor");
        await partials.GetByTestId("add-partial").ClickAsync();
        await Expect(partials.Locator(".validation-message").First).ToHaveTextAsync("Indicare il valutatore che ha lasciato l'incarico.");

        await partials.GetByTestId("partial-evaluator").SelectOptionAsync(leaving.ToString());
        await partials.GetByTestId("partial-from").FillAsync("2025-12-01");
        await partials.GetByTestId("partial-to").FillAsync("2026-04-30");
        var scores = partials.GetByTestId("partial-score");
        var items = await scores.CountAsync();
        for (var i = 0; i < items; i++)
        {
            await scores.Nth(i).FillAsync("3");
        }

        await partials.GetByTestId("partial-note").FillAsync("Trasferito a maggio.");
        await partials.GetByTestId("add-partial").ClickAsync();
        await Expect(partials.Locator(".validation-message")).ToContainTextAsync("2026");
        await Expect(partials.GetByTestId("partial")).ToHaveCountAsync(0);

        await partials.GetByTestId("partial-from").FillAsync("2026-01-01");
        await partials.GetByTestId("add-partial").ClickAsync();
        await Expect(partials.GetByTestId("partial")).ToHaveCountAsync(1);
        await Expect(partials.GetByTestId("partial")).ToContainTextAsync("dal 01/01/2026 al 30/04/2026");
        await Expect(partials.GetByTestId("partial")).ToContainTextAsync("Trasferito a maggio.");
        await Expect(partials.GetByTestId("final-from")).ToHaveValueAsync("2026-05-01");

        await sheet.ScoreAsync(Enumerable.Repeat(5, items).ToList());
        await partials.GetByTestId("combine-partials").ClickAsync();

        // 1 Jan-30 Apr is 120 days at 3, 1 May-31 Dec 245 days at 5: (360 + 1225) / 365 = 4.34, rounded to 4.
        await Expect(sheet.Level(0, 4)).ToBeCheckedAsync();
        await Expect(sheet.Level(items - 1, 4)).ToBeCheckedAsync();
        await Expect(sheet.Done).ToBeVisibleAsync();
        var resp6 = await SheetSeed.ActorAsync(App.Services, "resp6");
        var stored = (await App.Services.GetRequiredService<EvaluationSheetService>().GetAsync(resp6, id)).ShouldNotBeNull();
        stored.Items.Select(i => i.Score).ShouldAllBe(score => score == 4);
        stored.PartialEvaluations.ShouldHaveSingleItem().Scores.ShouldAllBe(score => score == 3);
    }

    /// <summary>A 2026 Dipendente sheet of unit VI with two evaluators: resp7 (who leaves, named on the sheet as proponent) and resp6 (the final one). Returns resp7's person.</summary>
    private async Task<(Guid Id, Guid Leaving)> TwoEvaluatorSheetAsync()
    {
        var services = App.Services;
        var segretario = await SheetSeed.ActorAsync(services, "segretario");
        var leaving = await SheetSeed.ActorAsync(services, "resp7");
        var final = await SheetSeed.ActorAsync(services, "resp6");
        Guid unitId, personId;
        await using (var db = await services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync())
        {
            unitId = await db.OrgUnits.Where(u => u.MunicipalityId == segretario.MunicipalityId && u.Code == "VI").Select(u => u.Id).SingleAsync();
            var staff = await db.StaffAssignments.Where(s => s.OrgUnitId == unitId).Select(s => s.PersonId).ToListAsync();
            // The last of the unit by name who has no sign-in account: the demo accounts' own sheets stay as other tests expect them.
            var withAccount = await db.UserAccounts.Select(a => a.PersonId).ToListAsync();
            personId = (await db.People.Where(p => staff.Contains(p.Id) && !withAccount.Contains(p.Id))
                .OrderByDescending(p => p.FamilyName).ThenByDescending(p => p.GivenName).FirstAsync()).Id;
        }

        var planId = await (await App.Accounts.ClientAsync("segretario")).DemoPlanIdAsync();
        var sheet = await services.GetRequiredService<EvaluationSheetService>().OpenAsync(segretario, new SheetOpen(planId, personId, 2026,
            EvaluatedRole.Dipendente, unitId,
            [new SheetEvaluatorDraft(final.PersonId, SheetEvaluatorRole.Valutatore, unitId), new SheetEvaluatorDraft(leaving.PersonId, SheetEvaluatorRole.Proponente, unitId)]));
        return (sheet.Id, leaving.PersonId);
    }

    /// <summary>The domain's figures for the sheet's stored inputs, on its cycle's evaluation system (no maximum pay: D does not depend on it).</summary>
    private async Task<SheetResult> Expected(Guid id)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
        var stored = await db.EvaluationSheets.AsNoTracking().SingleAsync(s => s.Id == id);
        var plan = await db.PlanCycles.AsNoTracking().SingleAsync(p => p.Id == stored.PlanCycleId);
        return SheetCalculator.Score(stored.ToInput(), plan.Evaluation.ToSystem(), new Explanation());
    }
}
