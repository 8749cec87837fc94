using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Sheets;

namespace PiaoPerformance.Infrastructure.Evaluation;

public sealed partial class EvaluationSheetService
{
    /// <summary>
    /// The Segretario opens the sheets of an employee who changed unit in <paramref name="year"/>, by the prevalence
    /// rule on their staff assignments (SPEC §4.12, Example 9): one sheet of the unit of prevalence, evaluated by its
    /// head; on a tie two sheets, or one joint sheet of both heads when <paramref name="jointSheetOnTie"/>. Each sheet
    /// counts its (first) unit's objectives and the cross-cutting ones. Returns the sheets opened, saved together.
    /// </summary>
    /// <exception cref="DomainException">No staff assignment in the year, no month counted, or a unit without a head in the year.</exception>
    public async Task<IReadOnlyList<SheetView>> OpenByPrevalenceAsync(Actor actor, Guid planId, Guid personId, int year, bool jointSheetOnTie,
        CancellationToken ct = default)
    {
        await using var db = (await contextFactory.CreateDbContextAsync(ct)).AuditAs(actor);
        var plan = await ManagedPlanAsync(db, actor, planId, year, ct);
        var data = await YearDataAsync(db, actor, year, ct);
        var staff = data.Staff.Where(s => s.PersonId == personId).ToList();
        if (staff.Count == 0)
        {
            throw new DomainException($"La persona non ha assegnazioni di personale nel {year}.", "personId");
        }

        // Only the staff assignments count here: the person is opened as an employee whatever post they also hold.
        var planned = YearOpening.For(year, personId, staff, data.Heads.Where(h => h.PersonId != personId).ToList(), jointSheetOnTie, data.UnitName);
        if (planned.SkipReason is { } reason)
        {
            throw new DomainException(reason, planned.Months.Count > 0 ? "assignments" : "orgUnitId");
        }

        var sheets = new List<EvaluationSheet>();
        foreach (var sheet in planned.Sheets)
        {
            sheets.Add(await PrepareAsync(db, actor, plan, new SheetOpen(plan.Id, personId, year, EvaluatedRole.Dipendente, sheet.OrgUnitId, sheet.Evaluators), ct));
        }

        db.EvaluationSheets.AddRange(sheets);
        await SaveOpenedAsync(db, ct);
        var today = Today();
        var views = new List<SheetView>();
        foreach (var sheet in sheets)
        {
            views.Add(await SheetViewMapper.ViewAsync(db, actor, sheet, today, ct));
        }

        return views;
    }
}
