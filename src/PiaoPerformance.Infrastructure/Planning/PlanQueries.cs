using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Planning;

/// <summary>
/// Reads plans for the pages and the API, for an actor: only plans of the actor's ente exist for them (another
/// ente's id reads as not found). Weight totals come from <see cref="WeightTotals"/> in the domain.
/// </summary>
public sealed class PlanQueries(IDbContextFactory<PiaoDbContext> contextFactory)
{
    /// <summary>The plans of the actor's ente, newest cycle first.</summary>
    public async Task<IReadOnlyList<PlanSummary>> ListPlansAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.PlanCycles
            .Where(c => c.MunicipalityId == actor.MunicipalityId)
            .Join(db.Municipalities, c => c.MunicipalityId, m => m.Id, (c, m) => new { c, m })
            .OrderBy(x => x.m.Name).ThenByDescending(x => x.c.StartYear)
            .Select(x => new PlanSummary(x.c.Id, x.m.Id, x.m.Name, x.c.Title, x.c.StartYear, x.c.EndYear, x.c.State))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The whole plan: units with their heads and objective cards, cross-cutting objectives, notes.</summary>
    public async Task<PlanView?> GetPlanAsync(Actor actor, Guid planId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var cycle = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == planId, cancellationToken);
        if (cycle is null || !AccessRules.CanReadPlan(actor, cycle))
        {
            return null;
        }

        var data = await PlanData.LoadAsync(db, cycle, cancellationToken);
        return PlanViewMapper.Map(data);
    }

    /// <summary>
    /// One objective card (with its operational children) and the lookups it names: the units, people, mandate lines
    /// and budget programmes the cards refer to, not the whole plan's (opened on every card view and after every save,
    /// docs/performance.md).
    /// </summary>
    public async Task<ObjectiveView?> GetObjectiveAsync(Actor actor, Guid objectiveId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var scope = db.Objectives.Where(o => o.Id == objectiveId || o.ParentObjectiveId == objectiveId);
        // The row versions first: a save in between then makes the card newer than its version (a 409 on saving it),
        // never older (a save over changes the user has not seen). A no-tracking query does not keep the shadow xmin.
        var rows = await scope
            .Select(o => new { o.Id, o.MunicipalityId, Version = EF.Property<uint>(o, RowVersionCheck.Property) })
            .ToListAsync(cancellationToken);
        // Every card belongs to its plan's ente, so this is the plan's read rule (AccessRules.CanReadPlan).
        if (rows.FirstOrDefault(r => r.Id == objectiveId) is not { } card || !AccessRules.SameEnte(actor, card.MunicipalityId))
        {
            return null;
        }

        var tenant = card.MunicipalityId;
        var objectives = await scope.Where(o => o.MunicipalityId == tenant).AsNoTracking().AsSplitQuery()
            .OrderBy(o => o.SortOrder)
            .ToListAsync(cancellationToken);
        if (objectives.FirstOrDefault(o => o.Id == objectiveId) is not { } objective)
        {
            return null; // deleted in between
        }

        var unitIds = objectives.Select(o => o.OwnerUnitId).OfType<Guid>()
            .Concat(objectives.SelectMany(o => o.Contributions).Select(c => c.OrgUnitId)).Distinct().ToList();
        var personIds = objectives.Select(o => o.ResponsiblePersonId).OfType<Guid>()
            .Concat(objectives.SelectMany(o => o.Staff).Select(s => s.PersonId)).Distinct().ToList();
        var lineIds = objectives.SelectMany(o => o.MandateLines).Select(l => l.MandateLineId).Distinct().ToList();
        var programmeIds = objectives.SelectMany(o => o.BudgetLinks).Select(b => b.BudgetProgrammeId).Distinct().ToList();
        var units = unitIds.Count == 0 ? [] : await db.OrgUnits.AsNoTracking()
            .Where(u => u.MunicipalityId == tenant && unitIds.Contains(u.Id)).ToListAsync(cancellationToken);
        var people = personIds.Count == 0 ? [] : await db.People.AsNoTracking()
            .Where(p => p.MunicipalityId == tenant && personIds.Contains(p.Id)).ToListAsync(cancellationToken);
        var lines = lineIds.Count == 0 ? [] : await db.MandateLines.AsNoTracking()
            .Where(l => l.MunicipalityId == tenant && lineIds.Contains(l.Id)).ToListAsync(cancellationToken);
        var programmes = programmeIds.Count == 0 ? [] : await db.BudgetProgrammes.AsNoTracking()
            .Where(b => b.MunicipalityId == tenant && programmeIds.Contains(b.Id)).ToListAsync(cancellationToken);
        var mapper = new PlanViewMapper(units, people, lines, programmes, objectives, rows.ToDictionary(r => r.Id, r => r.Version));
        var view = mapper.Objective(objective);
        if (view.ParentObjectiveId is { } parentId && view.Parent is null)
        {
            // One card is loaded without the rest of the plan: name its strategic objective with one more query.
            var parent = await db.Objectives.Where(o => o.Id == parentId && o.MunicipalityId == tenant)
                .Select(o => new { o.Code, o.Number, o.Title }).FirstOrDefaultAsync(cancellationToken);
            view = parent is null ? view : view with { Parent = PlanViewMapper.ParentLabel(parent.Code, parent.Number, parent.Title) };
        }

        return view;
    }
}

/// <summary>Everything of one plan, loaded in a fixed number of queries (no N+1).</summary>
internal sealed record PlanData(
    Domain.Municipalities.Municipality Municipality,
    PlanCycle Cycle,
    IReadOnlyList<OrgUnit> Units,
    IReadOnlyList<Person> People,
    IReadOnlyList<ManagerAssignment> Managers,
    IReadOnlyList<StaffAssignment> Staff,
    IReadOnlyList<MandateLine> MandateLines,
    IReadOnlyList<BudgetProgramme> BudgetProgrammes,
    IReadOnlyList<Objective> Objectives,
    IReadOnlyDictionary<Guid, uint> ObjectiveVersions)
{
    /// <summary>The plan's lookups and all its objectives (one card alone: <see cref="PlanQueries.GetObjectiveAsync"/>).</summary>
    public static async Task<PlanData> LoadAsync(PiaoDbContext db, PlanCycle cycle, CancellationToken ct)
    {
        var tenant = cycle.MunicipalityId;
        var municipality = await db.Municipalities.AsNoTracking().FirstAsync(m => m.Id == tenant, ct);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.MunicipalityId == tenant).OrderBy(u => u.SortOrder).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.MunicipalityId == tenant).ToListAsync(ct);
        var managers = await db.ManagerAssignments.AsNoTracking().Where(m => m.MunicipalityId == tenant).OrderBy(m => m.From).ToListAsync(ct);
        var staff = await db.StaffAssignments.AsNoTracking().Where(s => s.MunicipalityId == tenant).ToListAsync(ct);
        var lines = await db.MandateLines.AsNoTracking().Where(l => l.MunicipalityId == tenant).OrderBy(l => l.SortOrder).ToListAsync(ct);
        var programmes = await db.BudgetProgrammes.AsNoTracking().Where(b => b.MunicipalityId == tenant).ToListAsync(ct);
        var scope = db.Objectives.Where(o => o.PlanCycleId == cycle.Id);
        var objectives = await scope.AsNoTracking().AsSplitQuery()
            .OrderBy(o => o.SortOrder)
            .ToListAsync(ct);
        // The row versions are a shadow property, which a no-tracking query does not keep: read them alongside.
        var versions = await scope
            .Select(o => new { o.Id, Version = EF.Property<uint>(o, RowVersionCheck.Property) })
            .ToDictionaryAsync(o => o.Id, o => o.Version, ct);
        return new PlanData(municipality, cycle, units, people, managers, staff, lines, programmes, objectives, versions);
    }
}
