using PiaoPerformance.Domain.Lifecycle;
using PiaoPerformance.Infrastructure.Lifecycle;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Planning;

/// <summary>"Le mie unità" on real PostgreSQL: whose units, their state through the lifecycle, their blocking problems.</summary>
public sealed class MyUnitsQueriesTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private MyUnitsQueries Queries => database.Get<MyUnitsQueries>();

    private PlanLifecycleService Lifecycle => database.Get<PlanLifecycleService>();

    [Fact]
    public async Task AResponsabileSeesOnlyTheirUnitWithItsCardsTotalsAndProblems()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));

        var unit = (await Queries.ListAsync(head)).ShouldHaveSingleItem().Units.ShouldHaveSingleItem();

        unit.Unit.Code.ShouldBe("I");
        unit.State.ShouldBe(UnitCardsState.Bozza);
        unit.ObjectiveCount.ShouldBe(2);
        var total = unit.Unit.WeightTotals.ShouldHaveSingleItem();
        (total.Total, total.Missing).ShouldBe((90m, 10m));
        unit.Problems.Select(p => p.Kind).ShouldBe([ApprovalProblemKind.WeightTotal]);
        unit.CanSubmit.ShouldBeTrue();
        unit.CanAddObjective.ShouldBeTrue();
    }

    [Fact]
    public async Task TheSegretarioSeesEveryUnitAndAGiuntaMemberNone()
    {
        var plan = await PlanAsync();

        (await Queries.ListAsync(TestActors.SegretarioOf(plan))).ShouldHaveSingleItem().Units.Select(u => u.Unit.Code).ShouldBe(["I", "II", "SEG"]);
        (await Queries.ListAsync(TestActors.ReaderOf(plan.Municipality.Id))).ShouldBeEmpty();
    }

    [Fact]
    public async Task TheStateFollowsSubmissionAndReturnWithItsReason()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("II"));
        var unitId = plan.Units.Single(u => u.Code == "II").Id;

        await Lifecycle.SubmitUnitAsync(head, plan.Cycle.Id, unitId);
        var sent = (await Queries.ListAsync(head)).Single().Units.Single();
        (sent.State, sent.CanSubmit, sent.CanAddObjective).ShouldBe((UnitCardsState.Inviata, false, false));

        await Lifecycle.ReturnUnitAsync(TestActors.SegretarioOf(plan), plan.Cycle.Id, unitId, "Manca un indicatore di esito");
        var returned = (await Queries.ListAsync(head)).Single().Units.Single();
        (returned.State, returned.ReturnReason, returned.CanSubmit).ShouldBe((UnitCardsState.Restituita, "Manca un indicatore di esito", true));
        returned.ChangedBy.ShouldBe(plan.Segretario!.DisplayName);
    }

    private async Task<TestPlan> PlanAsync() =>
        await new TestPlan().Unit("I", 30m, 20m).Unit("II", 60m).CrossCutting(40m).WithIndicators().WithSegretario().SaveAsync(database.ContextFactory);
}
