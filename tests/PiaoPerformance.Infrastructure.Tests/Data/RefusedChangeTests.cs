using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Data;

/// <summary>A rule broken before the save: the caller catches the Italian message, and what is stored does not change.</summary>
public sealed class RefusedChangeTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task ARefusedWeightLeavesTheStoredObjectiveUnchanged()
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        var id = plan.FirstUnitObjective.Id;

        await using (var db = await database.NewContextAsync())
        {
            var objective = await db.Objectives.SingleAsync(o => o.Id == id);
            Should.Throw<DomainException>(() => objective.SetWeight(120m)).Field.ShouldBe("Weight");
            (await db.SaveChangesAsync()).ShouldBe(0);
        }

        (await StoredAsync(id)).Weight.ShouldBe(60m);
    }

    [Fact]
    public async Task ARefusedYearTargetLeavesTheStoredTableUnchanged()
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        var id = plan.FirstUnitObjective.Id;

        await using (var db = await database.NewContextAsync())
        {
            var objective = await db.Objectives.SingleAsync(o => o.Id == id);
            var cycle = await db.PlanCycles.SingleAsync(c => c.Id == plan.Cycle.Id);
            Should.Throw<DomainException>(() => objective.SetYearTarget(cycle, 2027, 100m));
            Should.Throw<DomainException>(() => objective.RecordActual(cycle, 2025, 50m));
            (await db.SaveChangesAsync()).ShouldBe(0);
        }

        (await StoredAsync(id)).YearTargets.OrderBy(t => t.Year).Select(t => (t.Year, t.ExpectedPct, t.NotApplicable, t.ActualPct))
            .ShouldBe([(2024, (decimal?)100m, false, (decimal?)null), (2025, null, true, null), (2026, null, true, null)]);
    }

    [Fact]
    public async Task ARefusedTitleLeavesTheStoredCardUnchanged()
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        var id = plan.FirstUnitObjective.Id;

        await using (var db = await database.NewContextAsync())
        {
            var objective = await db.Objectives.SingleAsync(o => o.Id == id);
            Should.Throw<DomainException>(() => objective.Describe("RETE DEI SERVIZI", "", null, "Un altro risultato", null)).Field.ShouldBe("Title");
            await db.SaveChangesAsync();
        }

        var stored = await StoredAsync(id);
        stored.Theme.ShouldBe("DIGITALIZZAZIONE");
        stored.Title.ShouldBe(plan.FirstUnitObjective.Title);
        stored.ExpectedResult.ShouldBe("Risultato atteso");
    }

    [Fact]
    public async Task SharesNotTotallingHundredPlaceNoStoredObjective()
    {
        var plan = await new TestPlan().Unit("I", 60m).CrossCutting(10m).SaveAsync(database.ContextFactory);
        var strategicId = plan.Objectives.Single(o => o.Level == ObjectiveLevel.Strategic).Id;

        await using (var db = await database.NewContextAsync())
        {
            var cycle = await db.PlanCycles.SingleAsync(c => c.Id == plan.Cycle.Id);
            var strategic = await db.Objectives.SingleAsync(o => o.Id == strategicId);
            var children = Enumerable.Range(1, 3)
                .Select(n => new Objective(cycle, ObjectiveLevel.Operational, ObjectiveKind.CrossCutting, n, $"Operativo {n}", null))
                .ToList();
            Should.Throw<DomainException>(() => strategic.DistributeShares([(children[0], 40m), (children[1], 20m), (children[2], 30m)]));
            (await db.SaveChangesAsync()).ShouldBe(0);
        }

        await using var check = await database.NewContextAsync();
        (await check.Objectives.CountAsync(o => o.ParentObjectiveId == strategicId)).ShouldBe(0);
    }

    private async Task<Objective> StoredAsync(Guid id)
    {
        await using var db = await database.NewContextAsync();
        return await db.Objectives.AsNoTracking().SingleAsync(o => o.Id == id);
    }
}
