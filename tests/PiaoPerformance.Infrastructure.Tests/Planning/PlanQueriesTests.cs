using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Planning;

public sealed class PlanQueriesTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private PlanQueries Queries => database.Get<PlanQueries>();

    [Fact]
    public async Task APlanShowsOnlyTheUnitsAndObjectivesOfItsOwnEnte()
    {
        var casamassima = await new TestPlan("Comune di Casamassima").Unit("I", 30m, 30m).Unit("II", 60m).CrossCutting(40m).SaveAsync(database.ContextFactory);
        var acquaviva = await new TestPlan("Comune di Acquaviva").Unit("I", 20m, 20m, 20m).CrossCutting(10m).CrossCutting(30m).SaveAsync(database.ContextFactory);

        var plan = (await Queries.GetPlanAsync(TestActors.ReaderOf(casamassima.Municipality.Id), casamassima.Cycle.Id)).ShouldNotBeNull();

        plan.Ente.ShouldBe("Comune di Casamassima");
        plan.Units.Select(u => u.Id).ShouldBe(casamassima.Units.Select(u => u.Id));
        var objectiveIds = plan.Units.SelectMany(u => u.Objectives).Concat(plan.CrossCuttingObjectives).Select(o => o.Id).ToList();
        objectiveIds.ShouldBe(casamassima.Objectives.Select(o => o.Id), ignoreOrder: true);
        objectiveIds.ShouldNotContain(id => acquaviva.Objectives.Any(o => o.Id == id));
        plan.Units.SelectMany(u => u.Managers).Select(m => m.PersonId).ShouldBe(casamassima.People.Select(p => p.Id), ignoreOrder: true);
    }

    [Fact]
    public async Task WeightTotalsCountOnlyTheCrossCuttingObjectivesOfTheirOwnEnte()
    {
        var casamassima = await new TestPlan("Comune di Casamassima").Unit("I", 60m).CrossCutting(40m).SaveAsync(database.ContextFactory);
        await new TestPlan("Comune di Acquaviva").Unit("I", 60m).CrossCutting(10m).CrossCutting(30m).CrossCutting(25m).SaveAsync(database.ContextFactory);

        var plan = (await Queries.GetPlanAsync(TestActors.ReaderOf(casamassima.Municipality.Id), casamassima.Cycle.Id)).ShouldNotBeNull();

        var totals = plan.Units.ShouldHaveSingleItem().WeightTotals.ShouldHaveSingleItem();
        totals.CrossCuttingWeight.ShouldBe(40m);
        totals.Total.ShouldBe(100m);
    }

    [Fact]
    public async Task EveryEntesPlanIsListedWithItsOwnEnte()
    {
        var first = await new TestPlan("Comune di Casamassima").Unit("I", 60m).SaveAsync(database.ContextFactory);
        var second = await new TestPlan("Comune di Acquaviva").Unit("I", 60m).SaveAsync(database.ContextFactory);

        var firstPlans = await Queries.ListPlansAsync(TestActors.ReaderOf(first.Municipality.Id));
        var secondPlans = await Queries.ListPlansAsync(TestActors.ReaderOf(second.Municipality.Id));

        firstPlans.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            p => p.Id.ShouldBe(first.Cycle.Id), p => p.MunicipalityId.ShouldBe(first.Municipality.Id), p => p.Ente.ShouldBe("Comune di Casamassima"));
        secondPlans.ShouldHaveSingleItem().Id.ShouldBe(second.Cycle.Id);
    }

    [Fact]
    public async Task AnotherEntesPlanAndCardReadAsNotFound()
    {
        var mine = await new TestPlan("Comune di Casamassima").Unit("I", 60m).SaveAsync(database.ContextFactory);
        var theirs = await new TestPlan("Comune di Acquaviva").Unit("I", 60m).SaveAsync(database.ContextFactory);
        var reader = TestActors.ReaderOf(mine.Municipality.Id);

        (await Queries.GetPlanAsync(reader, theirs.Cycle.Id)).ShouldBeNull();
        (await Queries.GetObjectiveAsync(reader, theirs.Objectives[0].Id)).ShouldBeNull();
        (await Queries.GetObjectiveAsync(reader, mine.Objectives[0].Id)).ShouldNotBeNull();
    }

    [Fact]
    public async Task AnUnknownPlanIsNull() =>
        (await Queries.GetPlanAsync(TestActors.ReaderOf(Guid.NewGuid()), Guid.NewGuid())).ShouldBeNull();

    [Fact]
    public async Task AnUnknownObjectiveIsNull() =>
        (await Queries.GetObjectiveAsync(TestActors.ReaderOf(Guid.NewGuid()), Guid.NewGuid())).ShouldBeNull();
}
