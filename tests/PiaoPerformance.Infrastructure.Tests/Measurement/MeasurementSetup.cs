using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Measurement;

/// <summary>Puts a saved <see cref="TestPlan"/> in the state a measurement test needs, and seats its NIV board.</summary>
internal static class MeasurementSetup
{
    /// <summary>Approves the plan (no checks: the lifecycle has its own tests) and advances it to <paramref name="state"/>.</summary>
    public static async Task MoveToAsync(this PostgresDatabase database, TestPlan plan, PlanState state)
    {
        await using var db = await database.NewContextAsync();
        var cycle = await db.PlanCycles.FirstAsync(c => c.Id == plan.Cycle.Id);
        if (cycle.State is PlanState.Bozza or PlanState.Inviato)
        {
            cycle.Approve([], "12", new DateOnly(2024, 1, 30), Guid.NewGuid(), DateTimeOffset.UtcNow);
        }

        while (cycle.State < state)
        {
            cycle.Advance();
        }

        await db.SaveChangesAsync();
    }

    /// <summary>NIV members of the plan's ente, saved as people with a NIV grant (the board the agreement counts).</summary>
    public static async Task<IReadOnlyList<Actor>> BoardAsync(this PostgresDatabase database, TestPlan plan, int members)
    {
        var ente = plan.Municipality.Id;
        var people = Enumerable.Range(1, members).Select(i => new Person(ente, "Dott.", "Componente", $"NIV {i}")).ToList();
        var grants = people.Select(p => new AccessGrant(ente, p.Id, AppRole.Niv, new DateOnly(2024, 1, 1))).ToList();
        await using (var db = await database.NewContextAsync())
        {
            db.People.AddRange(people);
            db.AccessGrants.AddRange(grants);
            await db.SaveChangesAsync();
        }

        return people.Select(p => Actor.Create(new UserAccount(ente, p.Id, $"niv-{Guid.NewGuid():N}"[..20], "hash"), p, grants, [], [],
            DateOnly.FromDateTime(DateTime.UtcNow), new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31))).ToList();
    }
}
