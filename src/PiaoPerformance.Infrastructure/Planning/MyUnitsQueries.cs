using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Lifecycle;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Planning;

/// <summary>
/// "Le mie unità": for each current plan of the ente (not yet Validato), the units the actor heads (the Segretario:
/// every unit), each with its cards' lifecycle state, its weight totals (<see cref="WeightTotals"/>), the problems that
/// keep it from approval (<see cref="ApprovalCheck"/>) and what the actor may do (<see cref="AccessRules"/>).
/// </summary>
public sealed class MyUnitsQueries(IDbContextFactory<PiaoDbContext> contextFactory)
{
    /// <summary>The actor's units in each current plan, newest cycle first; plans where the actor heads no unit are left out.</summary>
    public async Task<IReadOnlyList<MyPlanUnits>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plans = await db.PlanCycles.AsNoTracking()
            .Where(c => c.MunicipalityId == actor.MunicipalityId && c.State != PlanState.Validato)
            .OrderByDescending(c => c.StartYear).ToListAsync(ct);
        var result = new List<MyPlanUnits>();
        foreach (var plan in plans.Where(p => AccessRules.CanReadPlan(actor, p)))
        {
            var data = await PlanData.LoadAsync(db, plan, ct);
            var view = PlanViewMapper.Map(data);
            var problems = ApprovalCheck.Problems(data.Units, data.Managers, data.People, data.Objectives, data.Municipality.Settings)
                .Where(p => p.UnitId is not null).ToLookup(p => p.UnitId!.Value);
            var names = data.People.ToDictionary(p => p.Id, p => p.DisplayName);
            var units = view.Units
                .Where(u => actor.Has(AppRole.Segretario) || actor.Units.Any(r => r.OrgUnitId == u.Id))
                .Select(u => Unit(actor, plan, data, u, problems[u.Id].ToList(), names))
                .ToList();
            if (units.Count > 0)
            {
                result.Add(new MyPlanUnits(plan.Id, plan.Title, plan.State, units));
            }
        }

        return result;
    }

    /// <summary>
    /// Where each unit the actor sees (as <see cref="ListAsync"/>) stands for approval in one current plan: its cards'
    /// state and the problems that block approval, without the cards' read model. It reads the plan, the ente's units,
    /// their heads and the plan's objectives (those of the actor's units and the cross-cutting ones, which count in
    /// every unit's weight totals), not the people, staff and lookups. Empty for a Validato plan or another ente's.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, UnitApproval>> ApprovalStatesAsync(Actor actor, Guid planId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == planId && c.MunicipalityId == actor.MunicipalityId, ct);
        if (plan is null || plan.State == PlanState.Validato || !AccessRules.CanReadPlan(actor, plan))
        {
            return new Dictionary<Guid, UnitApproval>();
        }

        var all = actor.Has(AppRole.Segretario);
        var mine = actor.Units.Select(u => u.OrgUnitId).ToList();
        var ente = actor.MunicipalityId;
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.MunicipalityId == ente).OrderBy(u => u.SortOrder).ToListAsync(ct);
        var managers = await db.ManagerAssignments.AsNoTracking().Where(m => m.MunicipalityId == ente).OrderBy(m => m.From).ToListAsync(ct);
        var heads = managers.Select(m => m.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => heads.Contains(p.Id)).ToListAsync(ct);
        var settings = await db.Municipalities.AsNoTracking().Where(m => m.Id == ente).Select(m => m.Settings).FirstAsync(ct);
        var objectives = await db.Objectives.AsNoTracking().AsSplitQuery()
            .Where(o => o.PlanCycleId == planId && (all || o.OwnerUnitId == null || mine.Contains(o.OwnerUnitId.Value)))
            .OrderBy(o => o.SortOrder).ToListAsync(ct);
        var seen = units.Where(u => all || mine.Contains(u.Id)).ToList();
        var problems = ApprovalCheck.Problems(seen, managers, people, objectives, settings)
            .Where(p => p.UnitId is not null).ToLookup(p => p.UnitId!.Value);
        return seen.ToDictionary(u => u.Id, u => new UnitApproval(u.Id, StateOf(plan, u.Id), problems[u.Id].ToList()));
    }

    /// <summary>Sent, sent back with a reason, or still a draft.</summary>
    private static UnitCardsState StateOf(PlanCycle plan, Guid unitId) =>
        plan.IsUnitSubmitted(unitId) ? UnitCardsState.Inviata
        : plan.Submissions.FirstOrDefault(s => s.OrgUnitId == unitId)?.ReturnReason is null ? UnitCardsState.Bozza
        : UnitCardsState.Restituita;

    private static MyUnitView Unit(Actor actor, PlanCycle plan, PlanData data, UnitView unit, IReadOnlyList<ApprovalProblem> problems,
        Dictionary<Guid, string> names)
    {
        var submission = plan.Submissions.FirstOrDefault(s => s.OrgUnitId == unit.Id);
        var submitted = plan.IsUnitSubmitted(unit.Id);
        var cards = data.Objectives.Where(o => o.OwnerUnitId == unit.Id).ToList();
        var orgUnit = data.Units.First(u => u.Id == unit.Id);
        var blank = new Objective(plan, ObjectiveLevel.Operational, ObjectiveKind.Unit, 1, "Nuovo obiettivo", orgUnit);
        return new MyUnitView(
            unit,
            StateOf(plan, unit.Id),
            submission?.ChangedAt,
            submission is null ? null : names.GetValueOrDefault(submission.ChangedByPersonId),
            submitted ? null : submission?.ReturnReason,
            cards.Count(o => o.Status != ObjectiveStatus.Cancelled),
            problems,
            CanSubmit: !submitted && cards.Count > 0 && AccessRules.CanSubmitUnit(actor, plan, unit.Id),
            CanAddObjective: AccessRules.CanEditObjective(actor, plan, blank, submitted));
    }
}

/// <summary>One current plan with the actor's units.</summary>
public sealed record MyPlanUnits(Guid PlanId, string Cycle, PlanState State, IReadOnlyList<MyUnitView> Units);

/// <summary>A unit's cards' state in a current plan and the problems that keep the plan from approval.</summary>
public sealed record UnitApproval(Guid UnitId, UnitCardsState State, IReadOnlyList<ApprovalProblem> Problems);

/// <summary>Where a unit's cards stand in the plan's lifecycle.</summary>
public enum UnitCardsState
{
    Bozza,
    Inviata,
    Restituita,
}

/// <summary>
/// A unit of "Le mie unità": the plan's read model of the unit (cards and weight totals), its cards' state with who
/// changed it last and the reason it was sent back, the problems that block approval, and what the actor may do.
/// </summary>
public sealed record MyUnitView(
    UnitView Unit,
    UnitCardsState State,
    DateTimeOffset? ChangedAt,
    string? ChangedBy,
    string? ReturnReason,
    int ObjectiveCount,
    IReadOnlyList<ApprovalProblem> Problems,
    bool CanSubmit,
    bool CanAddObjective);
