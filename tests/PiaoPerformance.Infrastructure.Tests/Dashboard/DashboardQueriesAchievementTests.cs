using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Dashboard;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Infrastructure.Tests.Measurement;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Dashboard;

/// <summary>
/// The achievement chart's read on PostgreSQL: a unit's bar is the weighted agreed measures exactly as the NIV's
/// reweighting (<see cref="MeasurementQueries.GetWeightsAsync"/>, the scoring engine) computes it, exclusions included;
/// a position with a measure still open has no bar.
/// </summary>
public sealed class DashboardQueriesAchievementTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private DashboardQueries Queries => database.Get<DashboardQueries>();

    private MeasurementService Measures => database.Get<MeasurementService>();

    private MeasurementQueries Measurement => database.Get<MeasurementQueries>();

    [Fact]
    public async Task AUnitsAchievementIsTheEnginesWeightingOfTheAgreedMeasures()
    {
        var plan = await new TestPlan().CrossCutting(40m).Unit("I", 30m, 20m, 10m).Unit("II", 60m).SaveAsync(database.ContextFactory);
        await database.MoveToAsync(plan, PlanState.Rendicontazione);
        var niv = await database.BoardAsync(plan, 2);
        var reader = TestActors.ReaderOf(plan.Municipality.Id);
        var strategic = plan.Objectives.Single(o => o.Kind == ObjectiveKind.CrossCutting);
        var unitI = plan.ObjectivesOf("I");

        var before = await Queries.AchievementAsync(reader, plan.Cycle.Id, 2024);
        before.HasMeasures.ShouldBeFalse();
        before.Units.ShouldAllBe(u => u.Pct == null && u.Agreed == 0);

        await AgreeAsync(niv, strategic.Id, Value(80m));
        await AgreeAsync(niv, unitI[0].Id, Value(100m));
        await AgreeAsync(niv, unitI[1].Id, Value(45m));
        await AgreeAsync(niv, unitI[2].Id, new MeasureInput(null, null, false, null, null, true, "Funzione non esercitata nell'anno"));

        var data = await Queries.AchievementAsync(reader, plan.Cycle.Id, 2024);

        var engine = (await Measurement.GetWeightsAsync(niv[0], plan.Cycle.Id, plan.Units[0].Id, 2024)).ShouldNotBeNull();
        engine.WeightedAchievement.ShouldNotBeNull();
        var first = data.Units.Single(u => u.Label == plan.Units[0].Name);
        (first.Pct, first.Agreed, first.Objectives).ShouldBe((engine.WeightedAchievement, 4, 4));
        Math.Round(first.Pct!.Value, 10).ShouldBe(Math.Round((40m * 80m + 30m * 100m + 20m * 45m) / 90m, 10), "the excluded 10 goes to the others in proportion");
        var second = data.Units.Single(u => u.Label == plan.Units[1].Name);
        (second.Pct, second.Agreed, second.Objectives).ShouldBe(((decimal?)null, 1, 2), "the settore's own objective is not agreed yet");
        data.Strategic.ShouldHaveSingleItem().Pct.ShouldBe(80m);
        data.HasMeasures.ShouldBeTrue();
    }

    private static MeasureInput Value(decimal pct) => new(pct, "Valore attribuito dal NIV", false, null, null, false, null);

    private async Task AgreeAsync(IReadOnlyList<Actor> niv, Guid objectiveId, MeasureInput input)
    {
        uint? version = await Measures.SaveAsync(niv[0], objectiveId, 2024, input, null);
        foreach (var member in niv)
        {
            version = await Measures.SignOffAsync(member, objectiveId, 2024, version);
        }

        await Measures.AgreeAsync(niv[0], objectiveId, 2024, version);
    }
}
