using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Sheets;

namespace PiaoPerformance.Infrastructure.Evaluation;

/// <summary>The sheets of a plan's year that one reader may see, each as that reader's sheet page shows it.</summary>
public sealed record ReadableSheets(Guid PlanId, int Year, IReadOnlyList<SheetView> Sheets);

// The evaluation sheets the open data export (issue 9) writes: the same view, figures and access rule as one sheet's page.
public sealed partial class EvaluationSheetService
{
    /// <summary>
    /// Every sheet of the plan for the year (default: the plan's first year) that <see cref="AccessRules.CanReadSheet"/>
    /// lets the actor read, sorted by person: all of them for the Segretario and the NIV, their own and those they
    /// evaluate or propose for anyone else (an employee gets only their own). Null for a plan not of the actor's ente.
    /// </summary>
    /// <exception cref="DomainException">The year is outside the plan's cycle (field <c>year</c>).</exception>
    public async Task<ReadableSheets?> ListReadableAsync(Actor actor, Guid planId, int? year, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.MunicipalityId == actor.MunicipalityId, ct);
        if (plan is null)
        {
            return null;
        }

        var chosen = year ?? plan.StartYear;
        if (!plan.Contains(chosen))
        {
            throw new DomainException($"L'anno {chosen} non è del piano {plan.StartYear}-{plan.EndYear}.", "year");
        }

        // Tracked, as GetAsync reads them: the view carries each sheet's version (xmin), a shadow value.
        var sheets = await db.EvaluationSheets.Where(s => s.PlanCycleId == planId && s.Year == chosen && s.MunicipalityId == actor.MunicipalityId).ToListAsync(ct);
        var views = new List<SheetView>();
        foreach (var sheet in sheets.Where(s => AccessRules.CanReadSheet(actor, s)))
        {
            views.Add(await SheetViewMapper.ViewAsync(db, actor, sheet, Today(), ct));
        }

        return new ReadableSheets(planId, chosen, views.OrderBy(v => v.PersonName, StringComparer.Create(Format.Italian, true)).ThenBy(v => v.Role).ToList());
    }
}
