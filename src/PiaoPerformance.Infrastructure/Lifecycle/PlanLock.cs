using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Lifecycle;

/// <summary>
/// Loads a plan inside the caller's transaction after locking its row, so a card edit and a lifecycle step never
/// cross: an edit holds the row shared while it checks the plan's state and saves the card; a lifecycle step
/// (approval above all) holds it exclusively while it checks and freezes the plan. The edit that started first
/// finishes before the approval reads the cards, and an edit that comes after sees the approved state.
/// </summary>
internal static class PlanLock
{
    public enum Mode
    {
        /// <summary>FOR SHARE: many card edits at once, no lifecycle step meanwhile.</summary>
        Shared,
        /// <summary>FOR UPDATE: one lifecycle step, no card edit meanwhile.</summary>
        Exclusive,
    }

    /// <summary>The plan of the actor's ente, tracked; another ente's plan or a missing one is not found.</summary>
    public static async Task<PlanCycle> LoadAsync(PiaoDbContext db, Actor actor, Guid planId, Mode mode, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A plan is locked inside a transaction only.");
        }

        var table = db.Model.FindEntityType(typeof(PlanCycle))!.GetTableName();
        var clause = mode == Mode.Shared ? "FOR SHARE" : "FOR UPDATE";
        // The table name comes from the EF model and the clause from the enum; the ids are parameters.
        var sql = "SELECT 1 FROM \"" + table + "\" WHERE \"Id\" = {0} AND \"MunicipalityId\" = {1} " + clause;
        await db.Database.ExecuteSqlRawAsync(sql, [planId, actor.MunicipalityId], ct);
        var plan = await db.PlanCycles.FirstOrDefaultAsync(c => c.Id == planId, ct);
        return plan is not null && AccessRules.CanReadPlan(actor, plan) ? plan : throw new NotFoundException("Piano non trovato.");
    }
}
