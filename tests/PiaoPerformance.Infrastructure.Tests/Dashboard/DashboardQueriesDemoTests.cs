using PiaoPerformance.Domain.Access;
using PiaoPerformance.Infrastructure.Dashboard;
using PiaoPerformance.Infrastructure.Rewards;
using PiaoPerformance.Infrastructure.Tests.Evaluation;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Dashboard;

/// <summary>The sheet charts' reads on the demo database equal the money reads: the premi summary, the check per evaluator.</summary>
public sealed class DashboardQueriesDemoTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private readonly SheetTestKit _kit = new(demo);

    private DashboardQueries Queries => demo.Get<DashboardQueries>();

    private MoneyService Money => demo.Get<MoneyService>();

    [Fact]
    public async Task TheEntesBandCountsArePremiSummarysAndTheUnitsShareThemOut()
    {
        var segretario = await _kit.SignedInAsync("segretario");
        var premi = await Money.PremiAsync(segretario, demo.Plan.Id, 2024);

        var data = await Queries.BandDistributionAsync(segretario, demo.Plan.Id, 2024);

        premi.Summary.People.ShouldBeGreaterThan(1);
        data.Ente.Rows.ShouldBe(premi.Summary.Rows);
        data.Ente.Roles.ShouldBe(premi.Summary.Roles);
        (data.Ente.People, data.Ente.Money, data.Incomplete).ShouldBe((premi.Summary.People, premi.Summary.Money, premi.Incomplete));
        var sheets = new List<PiaoPerformance.Infrastructure.Evaluation.SheetView>();
        foreach (var s in await _kit.Sheets.ListAllAsync(segretario, 2024))
        {
            if ((await _kit.Sheets.GetAsync(segretario, s.Id)).ShouldNotBeNull() is { Figures: not null } view)
            {
                sheets.Add(view);
            }
        }

        data.Units.Select(u => (u.Label, u.People)).OrderBy(u => u.Label, StringComparer.Ordinal)
            .ShouldBe(sheets.GroupBy(s => s.OrgUnitName ?? "Senza unità").Select(g => (g.Key, g.Count())).OrderBy(u => u.Key, StringComparer.Ordinal));
        data.Units.Sum(u => u.People).ShouldBe(data.Ente.People);
        foreach (var unit in data.Units)
        {
            unit.Rows.Sum(r => r.People).ShouldBe(unit.People);
            unit.Rows.Select(r => r.BandLabel).ShouldBe(sheets.Where(s => (s.OrgUnitName ?? "Senza unità") == unit.Label)
                .Select(s => s.Figures!.BandLabel ?? Domain.Rewards.PremiSummary.NotEvaluable).Distinct(), ignoreOrder: true);
        }
    }

    [Fact]
    public async Task TheSpreadIsTheDifferentiationCheckPerEvaluator()
    {
        var niv = await _kit.SignedInAsync("niv");

        var spread = await Queries.SpreadAsync(niv, 2024);

        var check = await Money.DifferentiationAsync(niv, 2024);
        spread.Count.ShouldBeGreaterThan(0);
        spread.Select(s => (s.Evaluator, string.Join(";", s.Totals), s.Check)).ShouldBe(check.Select(c => (c.Evaluator, string.Join(";", c.Totals), c.Check)));
    }

    [Fact]
    public async Task WhoMayNotReadThePremiDataGetsNoDistributionAndAnotherEntesPlanIsNotFound()
    {
        await Should.ThrowAsync<AccessDeniedException>(async () => await Queries.BandDistributionAsync(await _kit.SignedInAsync("resp1"), demo.Plan.Id, 2024));
        await Should.ThrowAsync<Domain.Common.NotFoundException>(async () => await Queries.BandDistributionAsync(TestActors.ReaderOf(Guid.NewGuid()), demo.Plan.Id, 2024));
        await Should.ThrowAsync<Domain.Common.NotFoundException>(async () => await Queries.AchievementAsync(TestActors.ReaderOf(Guid.NewGuid()), demo.Plan.Id, 2024));
        (await Queries.BandDistributionAsync(await _kit.SignedInAsync("sindaco"), demo.Plan.Id, 2024)).HasSheets.ShouldBeTrue();
    }

    [Fact]
    public async Task TheDemoPlanHasNoAgreedMeasureYetSoTheAchievementIsEmptyButListsEveryPositionAndStrategicObjective()
    {
        var data = await Queries.AchievementAsync(await _kit.SignedInAsync("segretario"), demo.Plan.Id, 2024);

        data.HasMeasures.ShouldBeFalse();
        data.Units.Count.ShouldBe(demo.Plan.Units.Count + 1, "Settore VI has two heads, each a position of their own");
        data.Units.ShouldAllBe(u => u.Pct == null && u.Agreed == 0 && u.Objectives > 0);
        data.Strategic.Select(s => s.Label[..3]).ShouldBe(["OS1", "OS2"]);
    }
}
