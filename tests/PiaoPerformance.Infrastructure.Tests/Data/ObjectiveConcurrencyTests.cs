using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Data;

/// <summary>
/// Two people editing the same card (ADR-006): the objective's row version (xmin) makes the second save fail instead of
/// silently overwriting the first, whichever part of the card each of them changed.
/// </summary>
public sealed class ObjectiveConcurrencyTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task TheSecondOfTwoWritersOfTheTitleGetsAConcurrencyErrorAndNothingIsLost()
    {
        var id = await NewObjectiveAsync();
        await using var first = await database.NewContextAsync();
        await using var second = await database.NewContextAsync();
        var mine = await LoadAsync(first, id);
        var theirs = await LoadAsync(second, id);
        mine.Describe(mine.Theme, "Titolo del primo", null, null, null);
        theirs.Describe(theirs.Theme, "Titolo del secondo", null, null, null);

        await first.SaveChangesAsync();
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        (await StoredAsync(id)).Title.ShouldBe("Titolo del primo");
    }

    [Fact]
    public async Task TheSecondWriterSucceedsAfterReloading()
    {
        var id = await NewObjectiveAsync();
        await using (var first = await database.NewContextAsync())
        await using (var second = await database.NewContextAsync())
        {
            var mine = await LoadAsync(first, id);
            var theirs = await LoadAsync(second, id);
            mine.SetWeight(20m);
            theirs.Describe(theirs.Theme, "Titolo del secondo", null, null, null);
            await first.SaveChangesAsync();
            await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        }

        await using (var retry = await database.NewContextAsync())
        {
            var reloaded = await LoadAsync(retry, id);
            reloaded.Describe(reloaded.Theme, "Titolo del secondo", null, null, null);
            await retry.SaveChangesAsync();
        }

        var stored = await StoredAsync(id);
        stored.Title.ShouldBe("Titolo del secondo");
        stored.Weight.ShouldBe(20m, "the first writer's weight survives the second writer's retry");
    }

    [Fact]
    public async Task AChangeToAYearTargetOnlyCollidesWithAChangeToTheTitle()
    {
        var (id, cycleId) = await NewObjectiveWithCycleAsync();
        await using var first = await database.NewContextAsync();
        await using var second = await database.NewContextAsync();
        var mine = await LoadAsync(first, id);
        var cycle = await first.PlanCycles.SingleAsync(c => c.Id == cycleId);
        var theirs = await LoadAsync(second, id);
        mine.SetYearTarget(cycle, 2024, 80m);
        theirs.Describe(theirs.Theme, "Titolo del secondo", null, null, null);

        await first.SaveChangesAsync();
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        var stored = await StoredAsync(id);
        stored.TargetOf(2024)!.ExpectedPct.ShouldBe(80m);
        stored.Title.ShouldNotBe("Titolo del secondo");
    }

    [Fact]
    public async Task AYearTargetChangeThatLosesTheRaceWritesNothing()
    {
        var (id, cycleId) = await NewObjectiveWithCycleAsync();
        await using var first = await database.NewContextAsync();
        await using var second = await database.NewContextAsync();
        var mine = await LoadAsync(first, id);
        var theirs = await LoadAsync(second, id);
        var theirCycle = await second.PlanCycles.SingleAsync(c => c.Id == cycleId);
        mine.Describe(mine.Theme, "Titolo del primo", null, null, null);
        theirs.SetYearTarget(theirCycle, 2024, 80m);
        theirs.SetYearTarget(theirCycle, 2025, 60m);

        await first.SaveChangesAsync();
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        var stored = await StoredAsync(id);
        stored.Title.ShouldBe("Titolo del primo");
        stored.TargetOf(2024)!.ExpectedPct.ShouldBe(100m);
        stored.TargetOf(2025)!.NotApplicable.ShouldBeTrue();
    }

    [Fact]
    public async Task TwoWritersOfDifferentYearTargetsCollideOnTheObjective()
    {
        var (id, cycleId) = await NewObjectiveWithCycleAsync();
        await using var first = await database.NewContextAsync();
        await using var second = await database.NewContextAsync();
        var mine = await LoadAsync(first, id);
        var theirs = await LoadAsync(second, id);
        mine.SetYearTarget(await first.PlanCycles.SingleAsync(c => c.Id == cycleId), 2024, 80m);
        theirs.SetYearTarget(await second.PlanCycles.SingleAsync(c => c.Id == cycleId), 2025, 50m);

        await first.SaveChangesAsync();
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        var stored = await StoredAsync(id);
        stored.TargetOf(2024)!.ExpectedPct.ShouldBe(80m);
        stored.TargetOf(2025)!.NotApplicable.ShouldBeTrue();
    }

    [Fact]
    public async Task TwoWritersAddingTheSamePersonToTheStaffCollideOnTheObjective()
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        var id = plan.FirstUnitObjective.Id;
        var employee = plan.People[0].Id;
        await using var first = await database.NewContextAsync();
        await using var second = await database.NewContextAsync();
        var mine = await LoadAsync(first, id);
        var theirs = await LoadAsync(second, id);
        mine.SetStaff([await first.People.SingleAsync(p => p.Id == employee)]);
        theirs.SetStaff([await second.People.SingleAsync(p => p.Id == employee)]);

        await first.SaveChangesAsync();

        // ADR-006: the page offers a reload on DbUpdateConcurrencyException; a duplicate-key error would be a plain failure.
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    private static Task<Objective> LoadAsync(PiaoDbContext db, Guid id) => db.Objectives.SingleAsync(o => o.Id == id);

    private async Task<Objective> StoredAsync(Guid id)
    {
        await using var db = await database.NewContextAsync();
        return await db.Objectives.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    private async Task<Guid> NewObjectiveAsync() => (await NewObjectiveWithCycleAsync()).Id;

    private async Task<(Guid Id, Guid CycleId)> NewObjectiveWithCycleAsync()
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        return (plan.FirstUnitObjective.Id, plan.Cycle.Id);
    }
}
