using Bunit;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Infrastructure.Dashboard;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Rewards;
using PiaoPerformance.Web.Components.Charts;
using PiaoPerformance.Web.Formatting;
using PiaoPerformance.Web.Security;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Components.Charts;

/// <summary>
/// The composite the Segretario's and the NIV's home pages embed, rendered by bunit over the suite's app and demo
/// database (real queries, a signed-in demo actor): it loads its own data, shows what the actor may read, and says in
/// Italian when the year has neither agreed measures nor sheets.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CycleChartsTests(PiaoAppFixture app) : BunitContext
{
    // The queries run on the shared PostgreSQL of a 2-core machine: give the first render time to load.
    private static readonly TimeSpan Loading = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task TheSegretarioSeesEveryChartWithThePremiNumbers()
    {
        var (planId, actor) = await SignInAsync("segretario");
        var premi = await app.Services.GetRequiredService<MoneyService>().PremiAsync(actor, planId, 2024);

        var charts = Render<CycleCharts>(p => p.Add(x => x.PlanId, planId).Add(x => x.Year, 2024));

        charts.WaitForAssertion(() => charts.FindAll("[data-testid=chart-money] [data-testid=chart-value]").Count.ShouldBe(premi.Summary.Rows.Count), Loading);
        charts.FindAll("[data-testid=chart-money] [data-testid=chart-value]").Select(v => v.TextContent).ShouldBe(premi.Summary.Rows.Select(r => Fmt.Money(r.Money)).ToList());
        charts.FindAll("figure").Select(f => f.GetAttribute("data-testid"))
            .ShouldBe(["chart-units", "chart-strategic", "chart-distribution", "chart-money", "chart-spread"]);
        charts.Find("[data-testid=chart-units] [data-testid=chart-empty]").TextContent.ShouldBe(ChartTexts.NoMeasures);
    }

    [Fact]
    public async Task TheSindacoSeesNoSpreadPerEvaluator()
    {
        var (planId, _) = await SignInAsync("sindaco");

        var charts = Render<CycleCharts>(p => p.Add(x => x.PlanId, planId).Add(x => x.Year, 2024));

        charts.WaitForAssertion(() => charts.FindAll("[data-testid=chart-money]").Count.ShouldBe(1), Loading);
        charts.FindAll("[data-testid=chart-spread]").ShouldBeEmpty("the check names evaluators: Segretario and NIV only");
    }

    [Fact]
    public async Task AYearWithoutMeasuresOrSheetsSaysSo()
    {
        // A comune of its own: the demo's years gain sheets from other tests of the suite.
        var ente = await MeasurementEnte.CreateAsync(app.Services);
        await SignInAsync(ente.Niv1);

        var charts = Render<CycleCharts>(p => p.Add(x => x.PlanId, ente.PlanId).Add(x => x.Year, 2024));

        charts.WaitForAssertion(() => charts.Find("[data-testid=cycle-charts-empty]").TextContent.ShouldBe(ChartTexts.NothingYet), Loading);
        charts.FindAll("svg").ShouldBeEmpty();
    }

    private async Task<(Guid PlanId, Domain.Access.Actor Actor)> SignInAsync(string username)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
        var account = await db.UserAccounts.AsNoTracking().SingleAsync(a => a.Username == username);
        var http = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = PiaoClaims.For(account, username) } };
        var current = new CurrentActor(http, app.Services, app.Services.GetRequiredService<ActorLoader>());
        Services.AddSingleton(current);
        Services.AddSingleton(app.Services.GetRequiredService<DashboardQueries>());
        var actor = await current.GetAsync();
        var plan = (await app.Services.GetRequiredService<PlanQueries>().ListPlansAsync(actor)).First();
        return (plan.Id, actor);
    }
}
