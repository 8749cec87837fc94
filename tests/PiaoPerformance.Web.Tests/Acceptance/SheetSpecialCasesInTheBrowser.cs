using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Domain.Scoring;
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
        var (id, _) = await SheetSeed.EmployeeAsync(App, "II", staffIndex: 2, year: 2026, evaluator: "resp2");
        await SheetSeed.AgreeAsync(App, id);
        var sheet = new EvaluationSheetPage(Browser);
        await App.Accounts.SignInAsync(Browser, "resp2");
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

    /// <summary>The domain's figures for the sheet's stored inputs, on its cycle's evaluation system (no maximum pay: D does not depend on it).</summary>
    private async Task<SheetResult> Expected(Guid id)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
        var stored = await db.EvaluationSheets.AsNoTracking().SingleAsync(s => s.Id == id);
        var plan = await db.PlanCycles.AsNoTracking().SingleAsync(p => p.Id == stored.PlanCycleId);
        return SheetCalculator.Score(stored.ToInput(), plan.Evaluation.ToSystem(), new Explanation());
    }
}
