using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Layout;

/// <summary>
/// Issue 6: the planning screens read at 1280 px and on a tablet (768 px portrait) without the page scrolling
/// sideways; wide tables scroll inside their own box. And a unit with 50 objectives shows them all at once.
/// </summary>
public sealed class ScreenSizes(PiaoAppFixture app) : BrowserTest(app)
{
    protected override string? SignedInAs => "resp1";

    public static TheoryData<int, int> Sizes => new() { { 1280, 800 }, { 768, 1024 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task ThePlanningScreensFitTheWidthWithoutSidewaysScrolling(int width, int height)
    {
        await Browser.Page.SetViewportSizeAsync(width, height);
        var http = await App.Accounts.ClientAsync("resp1");
        var planId = await http.DemoPlanIdAsync();
        var card = await http.ObjectiveIdAsync("I", 2);

        foreach (var (path, ready) in new[]
        {
            ($"piani/{planId}", "unit-I"),
            ($"obiettivi/{card}", "objective-card"),
            ($"obiettivi/{card}/modifica", "objective-editor"),
        })
        {
            await Browser.Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            await Expect(Browser.Page.GetByTestId(ready)).ToBeVisibleAsync();
            var overflow = await Browser.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            overflow.ShouldBeLessThanOrEqualTo(0, $"{path} at {width} px scrolls sideways by {overflow} px");
        }
    }

    [Fact]
    public async Task AUnitWithFiftyObjectivesShowsThemAllWhenOpened()
    {
        await using var own = await OwnApp.StartAsync();
        var http = await own.Accounts.ClientAsync("segretario");
        var planId = await http.DemoPlanIdAsync();
        await AddCardsAsync(own.Services, planId, "III", 44);

        await using var page = await App.NewPageAsync(own, "segretario");
        var overview = new PlanOverviewPage(page);
        await overview.GotoAsync(planId);
        await overview.OpenUnitAsync("III");
        await Expect(overview.UnitObjectiveLinks("III")).ToHaveCountAsync(50);
        await Expect(overview.UnitObjectiveLinks("III").Last).ToHaveTextAsync("Obiettivo aggiuntivo n. 50");
        await Expect(overview.Unit("III").GetByTestId("unit-weight")).ToContainTextAsync("50 obiettivi");
    }

    /// <summary>Adds <paramref name="count"/> weightless cards to a unit of the plan, straight into the database.</summary>
    private static async Task AddCardsAsync(IServiceProvider services, Guid planId, string unitCode, int count)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
        var plan = await db.PlanCycles.SingleAsync(c => c.Id == planId);
        var unit = await db.OrgUnits.SingleAsync(u => u.MunicipalityId == plan.MunicipalityId && u.Code == unitCode);
        var last = await db.Objectives.Where(o => o.PlanCycleId == planId && o.OwnerUnitId == unit.Id).MaxAsync(o => o.Number);
        var order = await db.Objectives.Where(o => o.PlanCycleId == planId).MaxAsync(o => o.SortOrder);
        for (var n = last + 1; n <= last + count; n++)
        {
            var card = new Objective(plan, ObjectiveLevel.Operational, ObjectiveKind.Unit, n, $"Obiettivo aggiuntivo n. {n}", unit);
            card.AddIndicator(new IndicatorDraft("Atti adottati"));
            card.Reorder(++order);
            db.Objectives.Add(card);
        }

        await db.SaveChangesAsync();
    }
}
