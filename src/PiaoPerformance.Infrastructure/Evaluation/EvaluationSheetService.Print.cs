using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;

namespace PiaoPerformance.Infrastructure.Evaluation;

/// <summary>The sheets of one unit in one file (issue 8): what the printed sheets need besides <see cref="SheetView"/>.</summary>
public sealed record UnitSheets(string Ente, Guid UnitId, string UnitName, IReadOnlyList<SheetView> Sheets);

public sealed partial class EvaluationSheetService
{
    /// <summary>The name of the actor's ente, printed in the sheet's header.</summary>
    public async Task<string> EnteNameAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Municipalities.AsNoTracking().Where(m => m.Id == actor.MunicipalityId).Select(m => m.Name).SingleAsync(ct);
    }

    /// <summary>
    /// Every sheet of a unit (optionally of one year) that the actor may read, in name order: an employee gets only
    /// their own, the unit's evaluator the ones they fill in, the Segretario and the NIV all. Null when the unit is not
    /// of the actor's ente; an empty list when nothing there is the actor's to read.
    /// </summary>
    public async Task<UnitSheets?> ListUnitAsync(Actor actor, Guid unitId, int? year, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId && u.MunicipalityId == actor.MunicipalityId)
            .Select(u => new { u.Id, u.Name }).SingleOrDefaultAsync(ct);
        if (unit is null)
        {
            return null;
        }

        var sheets = await db.EvaluationSheets
            .Where(s => s.MunicipalityId == actor.MunicipalityId && s.OrgUnitId == unitId && (year == null || s.Year == year))
            .ToListAsync(ct);
        var views = new List<SheetView>();
        foreach (var sheet in sheets.Where(s => AccessRules.CanReadSheet(actor, s)))
        {
            views.Add(await SheetViewMapper.ViewAsync(db, actor, sheet, Today(), ct));
        }

        var ente = await db.Municipalities.AsNoTracking().Where(m => m.Id == actor.MunicipalityId).Select(m => m.Name).SingleAsync(ct);
        return new UnitSheets(ente, unit.Id, unit.Name,
            views.OrderBy(v => v.Year).ThenBy(v => v.Role).ThenBy(v => v.PersonName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("it-IT"), false)).ToList());
    }
}
