using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Planning;

/// <summary>What the card editor reads: who may edit or add cards, and the live weight total.</summary>
public sealed class ObjectiveEditorQueriesTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private ObjectiveEditorQueries Editors => database.Get<ObjectiveEditorQueries>();

    [Fact]
    public async Task AResponsabileMayEditAndAddCardsOfTheirUnitOnly()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));

        (await Editors.CanEditCardAsync(head, plan.ObjectivesOf("I")[0].Id)).ShouldBeTrue();
        (await Editors.CanEditCardAsync(head, plan.ObjectivesOf("II")[0].Id)).ShouldBeFalse();
        (await Editors.UnitsOpenToNewCardsAsync(head, plan.Cycle.Id)).ShouldBe([UnitId(plan, "I")]);
    }

    [Fact]
    public async Task TheWeightPreviewRecomputesTheTotalWithTheTypedWeight()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var editor = (await Editors.ForCardAsync(head, plan.ObjectivesOf("I")[0].Id)).ShouldNotBeNull();

        editor.CanEdit.ShouldBeTrue();
        editor.Weights.With(30m).ShouldNotBeNull().Total.ShouldBe(100m);
        var lower = editor.Weights.With(20m).ShouldNotBeNull();
        (lower.Total, lower.Missing, lower.IsComplete).ShouldBe((90m, 10m, false));
        editor.Weights.With(120m).ShouldBeNull();
    }

    [Fact]
    public async Task ANewCardAddsItsWeightToTheUnitsTotal()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var editor = (await Editors.ForNewAsync(head, plan.Cycle.Id, UnitId(plan, "I"))).ShouldNotBeNull();

        editor.Number.ShouldBe(3);
        editor.Weights.With(5m).ShouldNotBeNull().Total.ShouldBe(105m);
    }

    private static Guid UnitId(TestPlan plan, string code) => plan.Units.Single(u => u.Code == code).Id;

    private async Task<TestPlan> PlanAsync() =>
        await new TestPlan().Unit("I", 30m, 30m).Unit("II", 60m).CrossCutting(40m).WithIndicators().WithSegretario().SaveAsync(database.ContextFactory);
}
