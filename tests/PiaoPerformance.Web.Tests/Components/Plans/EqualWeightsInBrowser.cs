using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Components.Plans;

/// <summary>
/// "Pesi uguali" on the plan overview, in Chromium: for resp1 the button shows only on their own unit, asks first, and
/// the totals change in place; for the Segretario the approval problem it mends leaves the lifecycle panel too. Settore I's weights are put back at the end, so the shared demo plan stays as it was.
/// </summary>
public sealed class EqualWeightsInBrowser(PiaoAppFixture app) : BrowserTest(app)
{
    protected override string? SignedInAs => "resp1";

    [Fact]
    public async Task Resp1SharesSettoreIsSixtyEquallyAfterConfirmingAndSeesTheTotalCompleteWithoutAReload()
    {
        var planId = await (await App.Accounts.ClientAsync("segretario")).DemoPlanIdAsync();
        var original = await WeightsOfSettoreIAsync(planId);
        original.Count.ShouldBe(5);
        try
        {
            // One weight lowered by 5 so the total starts incomplete and the action has something to mend.
            var (lowered, weight) = original.First();
            await SetWeightAsync(lowered, weight - 5m);
            var page = new PlanOverviewPage(Browser);
            await page.GotoAsync(planId);
            await page.OpenUnitAsync("I");
            await page.MarkDocumentAsync();
            await Expect(page.UnitWeightTotal("I")).ToHaveTextAsync("Totale pesi 95 %");
            await Expect(page.EqualWeightsButton("II")).ToHaveCountAsync(0);

            await page.EqualWeightsButton("I").ClickAsync();
            await Expect(page.EqualWeightsConfirm("I")).ToContainTextAsync("5 obiettivi propri");
            await Expect(page.EqualWeightsNo("I")).ToBeFocusedAsync();
            await Expect(page.UnitWeightTotal("I")).ToHaveTextAsync("Totale pesi 95 %", new() { Timeout = 500 });
            await page.EqualWeightsYes("I").ClickAsync();

            await Expect(page.UnitWeightTotal("I")).ToHaveTextAsync("Totale pesi 100 %");
            await Expect(page.UnitObjectiveWeights("I")).ToHaveTextAsync(["12 %", "12 %", "12 %", "12 %", "12 %"]);
            await Expect(page.EqualWeightsConfirm("I")).ToHaveCountAsync(0);
            (await page.DocumentIsMarkedAsync()).ShouldBeTrue("the totals updated in place");
            (await WeightsOfSettoreIAsync(planId)).Values.ShouldAllBe(w => w == 12m);
        }
        finally
        {
            foreach (var (id, weight) in original)
            {
                await SetWeightAsync(id, weight);
            }
        }
    }

    [Fact]
    public async Task TheSegretariosApprovalProblemForSettoreIGoesAwayOnceItsWeightsAreEqual()
    {
        var planId = await (await App.Accounts.ClientAsync("segretario")).DemoPlanIdAsync();
        var original = await WeightsOfSettoreIAsync(planId);
        try
        {
            var (lowered, weight) = original.First();
            await SetWeightAsync(lowered, weight - 5m);
            await App.Accounts.SignInAsync(Browser, "segretario");
            var page = new PlanOverviewPage(Browser);
            var panel = new LifecyclePanelPage(Browser);
            await page.GotoAsync(planId);
            await page.OpenUnitAsync("I");
            var problems = panel.ApproveForm.GetByTestId("approval-problems");
            await Expect(problems).ToContainTextAsync("Settore I");
            await Expect(page.EqualWeightsButton("II")).ToHaveCountAsync(1, new() { Timeout = 5_000 });

            await page.EqualWeightsButton("I").ClickAsync();
            await page.EqualWeightsYes("I").ClickAsync();

            await Expect(page.UnitWeightTotal("I")).ToHaveTextAsync("Totale pesi 100 %");
            await Expect(problems).ToHaveCountAsync(0);
            await Expect(panel.ApproveForm.GetByTestId("approval-ready")).ToBeVisibleAsync();
        }
        finally
        {
            foreach (var (id, weight) in original)
            {
                await SetWeightAsync(id, weight);
            }
        }
    }

    private async Task<Dictionary<Guid, decimal>> WeightsOfSettoreIAsync(Guid planId)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
        var unit = await db.OrgUnits.Where(u => u.Code == "I" && db.PlanCycles.Any(c => c.Id == planId && c.MunicipalityId == u.MunicipalityId))
            .Select(u => u.Id).SingleAsync();
        return await db.Objectives.Where(o => o.PlanCycleId == planId && o.OwnerUnitId == unit).OrderBy(o => o.SortOrder)
            .ToDictionaryAsync(o => o.Id, o => o.Weight ?? 0m);
    }

    private async Task SetWeightAsync(Guid id, decimal weight)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
        await db.Objectives.Where(o => o.Id == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Weight, weight));
    }
}
