using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Planning;

// The card's links to the rest of the plan and the ente: parent strategic objective, budget programmes, staff,
// parties, contributing units and pesatura. Each id is looked up in the actor's ente; what the lookup cannot find is
// refused with the field the editor shows it under, the rest is the entity's own rule.
public sealed partial class ObjectiveEditService
{
    private static async Task ApplyPartsAsync(PiaoDbContext db, ObjectiveEdit edit, Objective objective, PlanCycle plan, CancellationToken ct)
    {
        if (edit.Parent is { } parent)
        {
            await PlaceAsync(db, objective, parent, ct);
        }

        if (edit.BudgetProgrammeIds is { } programmeIds)
        {
            var programmes = await db.BudgetProgrammes
                .Where(b => programmeIds.Contains(b.Id) && b.MunicipalityId == objective.MunicipalityId).ToListAsync(ct);
            if (programmes.Count != programmeIds.Distinct().Count())
            {
                throw new DomainException("Una coppia missione/programma scelta non esiste.", nameof(Objective.BudgetLinks));
            }

            objective.SetBudgetProgrammes(programmeIds.Distinct().Select(id => programmes.Single(p => p.Id == id)));
        }

        if (edit.StaffPersonIds is { } personIds)
        {
            var allowed = await StaffChoicesAsync(db, objective, plan, ct);
            if (personIds.Any(id => !allowed.Contains(id)))
            {
                throw new DomainException("Una persona scelta non fa parte del personale dell'unità nel ciclo del piano.", nameof(Objective.Staff));
            }

            var people = await db.People.Where(p => personIds.Contains(p.Id) && p.MunicipalityId == objective.MunicipalityId).ToListAsync(ct);
            objective.SetStaff(personIds.Distinct().Select(id => people.Single(p => p.Id == id)));
        }

        if (edit.Parties is { } parties)
        {
            objective.DescribeParties(parties.Stakeholders, parties.ExternalContributors);
        }

        if (edit.Contributions is { } contributions)
        {
            var unitIds = contributions.Select(c => c.OrgUnitId).Distinct().ToList();
            var known = await db.OrgUnits.CountAsync(u => unitIds.Contains(u.Id) && u.MunicipalityId == objective.MunicipalityId, ct);
            if (known != unitIds.Count)
            {
                throw new DomainException("Un'unità che contribuisce non esiste.", nameof(Objective.Contributions));
            }

            objective.SetContributions(contributions
                .Select(c => new ContributionDraft(c.OrgUnitId, c.ContributionPct, c.ExpectedValue, c.MeasurementIndicators, c.ExpectedOutcome))
                .ToList());
        }

        if (edit.WeightingGrid is { } grid)
        {
            objective.SetWeightingGrid(grid.Grid);
        }
    }

    private static async Task PlaceAsync(PiaoDbContext db, Objective objective, ParentEdit parent, CancellationToken ct)
    {
        if (parent.ParentObjectiveId is not { } parentId)
        {
            objective.DetachFromParent();
            return;
        }

        var strategic = await db.Objectives.FirstOrDefaultAsync(o => o.Id == parentId && o.MunicipalityId == objective.MunicipalityId, ct)
            ?? throw new DomainException("L'obiettivo strategico scelto non esiste.", nameof(Objective.ParentObjectiveId));
        var share = parent.ShareOfParentPct
            ?? throw new DomainException("Indicare la quota dell'obiettivo strategico (%).", nameof(Objective.ShareOfParentPct));
        objective.PlaceUnder(strategic, share);
    }

    private static async Task<IReadOnlySet<Guid>> StaffChoicesAsync(PiaoDbContext db, Objective objective, PlanCycle plan, CancellationToken ct)
    {
        var assignments = await db.StaffAssignments.AsNoTracking().Where(s => s.MunicipalityId == objective.MunicipalityId).ToListAsync(ct);
        return StaffChoices.For(assignments, objective, plan);
    }
}
