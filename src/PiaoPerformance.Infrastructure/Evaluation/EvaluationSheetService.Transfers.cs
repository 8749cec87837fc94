using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Sheets;

namespace PiaoPerformance.Infrastructure.Evaluation;

public sealed partial class EvaluationSheetService
{
    /// <summary>
    /// The Segretario opens the sheets of an employee who changed unit in <paramref name="year"/>, by the prevalence
    /// rule on their staff assignments (SPEC §4.12, Example 9): one sheet of the unit of prevalence, evaluated by its
    /// head; on a tie two sheets, or one joint sheet of both heads when <paramref name="jointSheetOnTie"/>. Each sheet
    /// counts its (first) unit's objectives and the cross-cutting ones. Returns the sheets opened.
    /// </summary>
    /// <exception cref="DomainException">No staff assignment in the year, no month counted, or a unit without a head in the year.</exception>
    public async Task<IReadOnlyList<SheetView>> OpenByPrevalenceAsync(Actor actor, Guid planId, Guid personId, int year, bool jointSheetOnTie,
        CancellationToken ct = default)
    {
        List<StaffAssignment> staff;
        List<ManagerAssignment> heads;
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            staff = await db.StaffAssignments.AsNoTracking()
                .Where(s => s.MunicipalityId == actor.MunicipalityId && s.PersonId == personId && s.From <= last && (s.To == null || s.To >= first))
                .OrderBy(s => s.From).ToListAsync(ct);
            var units = staff.Select(s => s.OrgUnitId).ToList();
            heads = await db.ManagerAssignments.AsNoTracking()
                .Where(m => units.Contains(m.OrgUnitId) && m.Role != ManagerRole.Segretario && m.From <= last && (m.To == null || m.To >= first))
                .ToListAsync(ct);
        }

        if (staff.Count == 0)
        {
            throw new DomainException($"La persona non ha assegnazioni di personale nel {year}.", "personId");
        }

        var decision = SheetAssignment.Decide(year, staff.Select(s => new PrevalenceAssignment(s.OrgUnitId.ToString(), s.From, s.To)).ToList(),
            jointSheetOnTie, Explanation.Disabled);
        var opened = new List<SheetView>();
        foreach (var unitsOfSheet in decision.Sheets)
        {
            var unitIds = unitsOfSheet.Select(Guid.Parse).ToList();
            var evaluators = unitIds.Select((unit, i) => new SheetEvaluatorDraft(HeadOf(unit), i == 0 ? SheetEvaluatorRole.Valutatore : SheetEvaluatorRole.Congiunto, unit))
                .ToList();
            opened.Add(await OpenAsync(actor, new SheetOpen(planId, personId, year, EvaluatedRole.Dipendente, unitIds[0], evaluators), ct));
        }

        return opened;

        // The head on 31 December, or the last one of the year (SPEC §4.13: the final evaluator is the one in post at year end).
        Guid HeadOf(Guid unit) =>
            heads.Where(h => h.OrgUnitId == unit).OrderByDescending(h => h.To ?? DateOnly.MaxValue).ThenByDescending(h => h.From).Select(h => (Guid?)h.PersonId)
                .FirstOrDefault() ?? throw new DomainException("Un'unità di assegnazione non ha un responsabile nell'anno: non si può stabilire chi valuta.", "orgUnitId");
    }
}
