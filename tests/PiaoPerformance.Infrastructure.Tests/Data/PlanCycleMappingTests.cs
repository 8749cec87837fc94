using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Data;

public sealed class PlanCycleMappingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task ReplacingTheNotesOfAStoredCycleKeepsOnlyTheNewOnesInOrder()
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        await using (var db = await database.NewContextAsync())
        {
            var cycle = await db.PlanCycles.SingleAsync(c => c.Id == plan.Cycle.Id);
            cycle.ReplaceNotes(PlanNoteKind.MethodItem, ["prima", "seconda", "terza"]);
            await db.SaveChangesAsync();
        }

        await using (var db = await database.NewContextAsync())
        {
            var cycle = await db.PlanCycles.SingleAsync(c => c.Id == plan.Cycle.Id);
            cycle.ReplaceNotes(PlanNoteKind.MethodItem, ["nuova prima", "nuova seconda"]);
            await db.SaveChangesAsync();
        }

        await using var check = await database.NewContextAsync();
        var stored = await check.PlanCycles.AsNoTracking().SingleAsync(c => c.Id == plan.Cycle.Id);
        stored.NotesOf(PlanNoteKind.MethodItem).ShouldBe(["nuova prima", "nuova seconda"]);
    }

    [Fact]
    public async Task TwoWritersOfTheNotesCollideOnTheCycle()
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        await using var first = await database.NewContextAsync();
        await using var second = await database.NewContextAsync();
        var mine = await first.PlanCycles.SingleAsync(c => c.Id == plan.Cycle.Id);
        var theirs = await second.PlanCycles.SingleAsync(c => c.Id == plan.Cycle.Id);
        mine.ReplaceNotes(PlanNoteKind.MethodIntro, ["Introduzione del primo"]);
        theirs.ReplaceNotes(PlanNoteKind.MethodIntro, ["Introduzione del secondo"]);

        await first.SaveChangesAsync();
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = await database.NewContextAsync();
        (await check.PlanCycles.AsNoTracking().SingleAsync(c => c.Id == plan.Cycle.Id)).NotesOf(PlanNoteKind.MethodIntro)
            .ShouldBe(["Introduzione del primo"]);
    }
}
