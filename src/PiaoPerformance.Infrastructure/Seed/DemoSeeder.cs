using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Seed;

/// <summary>
/// Loads the demo comune (the Cassano delle Murge PIAO 2024-2026 plan, with fictitious people) once: a second run
/// finds the ente by its code and adds nothing.
/// </summary>
public sealed class DemoSeeder(IDbContextFactory<PiaoDbContext> contextFactory, ILogger<DemoSeeder> logger)
{
    /// <summary>Seeds the demo plan; returns false when it was already there.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        var document = PlanDocumentReader.ReadEmbedded(PlanDocumentReader.CassanoDemo);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Municipalities.AnyAsync(m => m.Code == document.Municipality.Code, cancellationToken))
        {
            logger.LogInformation("Demo comune {Code} already present: nothing to seed", document.Municipality.Code);
            return false;
        }

        var plan = PlanDocumentBuilder.Build(document);
        db.Municipalities.Add(plan.Municipality);
        db.PlanCycles.Add(plan.Cycle);
        db.MandateLines.AddRange(plan.MandateLines);
        db.DupCodes.AddRange(plan.DupCodes);
        db.People.AddRange(plan.People);
        db.OrgUnits.AddRange(plan.Units);
        db.ManagerAssignments.AddRange(plan.Managers);
        db.StaffAssignments.AddRange(plan.Staff);
        db.Objectives.AddRange(plan.Objectives);
        var accounts = DemoAccounts.Create(document, plan);
        db.People.AddRange(accounts.People);
        db.AccessGrants.AddRange(accounts.Grants);
        db.UserAccounts.AddRange(accounts.Accounts);
        db.EvaluationSheets.AddRange(DemoSheets.Create(document, plan));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance may have seeded it between our check and our save: the unique code kept one copy.
            if (await AlreadySeededAsync(document.Municipality.Code, cancellationToken))
            {
                return false;
            }

            throw;
        }

        logger.LogInformation("Seeded demo comune {Code}: {Units} units, {Objectives} objectives",
            document.Municipality.Code, plan.Units.Count, plan.Objectives.Count);
        return true;
    }

    private async Task<bool> AlreadySeededAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Municipalities.AnyAsync(m => m.Code == code, cancellationToken);
    }
}
