using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Infrastructure.Planning;

namespace PiaoPerformance.Infrastructure.Home;

// The blocks of the home page, one method each.
public sealed partial class HomeQueries
{
    /// <summary>
    /// The units the actor sees (the Segretario: every unit; a responsabile: the units they head) with their cards'
    /// state and problems and, per year of the cycle, the reports entered and sent over their non-cancelled objectives.
    /// </summary>
    private async Task<IReadOnlyList<HomeUnit>> UnitsAsync(Actor actor, HomePlan plan, IReadOnlyDictionary<Guid, UnitApproval> cards, CancellationToken ct)
    {
        var all = actor.Has(AppRole.Segretario);
        var mine = actor.Units.Select(u => u.OrgUnitId).ToList();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking()
            .Where(u => u.MunicipalityId == actor.MunicipalityId && (all || mine.Contains(u.Id)))
            .OrderBy(u => u.SortOrder)
            .Select(u => new { u.Id, u.Code, Name = u.Heading ?? u.Name })
            .ToListAsync(ct);
        var live = db.Objectives.Where(o => o.PlanCycleId == plan.Id && o.Status != ObjectiveStatus.Cancelled && o.OwnerUnitId != null);
        var objectives = await live.GroupBy(o => o.OwnerUnitId!.Value)
            .Select(g => new { Unit = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Unit, g => g.Count, ct);
        var reports = await db.ObjectiveReports().AsNoTracking()
            .Where(r => r.PlanCycleId == plan.Id)
            .Join(live, r => r.ObjectiveId, o => o.Id, (r, o) => new { Unit = o.OwnerUnitId!.Value, r.Year, r.SubmittedAt })
            .GroupBy(x => new { x.Unit, x.Year })
            .Select(g => new { g.Key.Unit, g.Key.Year, Entered = g.Count(), Submitted = g.Count(x => x.SubmittedAt != null) })
            .ToListAsync(ct);
        var byUnit = reports.ToLookup(r => r.Unit);
        return units.Select(u =>
        {
            var count = objectives.GetValueOrDefault(u.Id);
            var years = Enumerable.Range(plan.StartYear, plan.EndYear - plan.StartYear + 1)
                .Select(y => byUnit[u.Id].FirstOrDefault(r => r.Year == y) is { } r ? new YearReports(y, r.Entered, r.Submitted, count) : new YearReports(y, 0, 0, count))
                .ToList();
            return new HomeUnit(u.Id, u.Code, u.Name, cards.GetValueOrDefault(u.Id), count, years);
        }).ToList();
    }

    /// <summary>
    /// The whole cycle for the Segretario: the units (already read), the sheets by year and state counted in SQL, the
    /// overdue ones named, and while the plan is reported on or measured the reports of its first year not sent.
    /// </summary>
    private async Task<SegretarioHome> SegretarioAsync(Actor actor, HomePlan plan, IReadOnlyList<HomeUnit> units, CancellationToken ct)
    {
        var today = Today();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var states = await db.EvaluationSheets.AsNoTracking()
            .Where(s => s.MunicipalityId == actor.MunicipalityId)
            .GroupBy(s => new { s.Year, s.State })
            .Select(g => new SheetStateCount(g.Key.Year, g.Key.State, g.Count()))
            .ToListAsync(ct);
        // Only a sheet with a due day already past can be overdue; which due day counts is the domain's rule.
        var late = await db.EvaluationSheets.AsNoTracking()
            .Where(s => s.MunicipalityId == actor.MunicipalityId && (s.ObservationsDue < today || s.ReviewDue < today))
            .Select(s => new { s.Id, s.PersonId, s.OrgUnitId, s.Year, s.State, s.ObservationsDue, s.ReviewDue })
            .ToListAsync(ct);
        var overdue = late
            .Select(s => (Sheet: s, Deadline: SheetDeadline.Of(s.State, s.ObservationsDue, s.ReviewDue)))
            .Where(x => x.Deadline?.IsOverdueOn(today) == true)
            .ToList();
        var people = overdue.Select(x => x.Sheet.PersonId).Distinct().ToList();
        var names = people.Count == 0
            ? []
            : await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var unitNames = units.ToDictionary(u => u.Id, u => u.Name);
        var reportsDue = plan.State is PlanState.Rendicontazione or PlanState.ValutazioneNiv
            ? units.Select(u => u.Years[0]).Aggregate(new YearReports(plan.StartYear, 0, 0, 0),
                (sum, y) => new YearReports(y.Year, sum.Entered + y.Entered, sum.Submitted + y.Submitted, sum.Objectives + y.Objectives))
            : null;
        return new SegretarioHome(
            units,
            units.Sum(u => u.Approval?.Problems.Count ?? 0),
            states.OrderByDescending(s => s.Year).ThenBy(s => s.State).ToList(),
            overdue.OrderBy(x => x.Deadline!.Due)
                .Select(x => new OverdueSheet(x.Sheet.Id, names.GetValueOrDefault(x.Sheet.PersonId, ""),
                    x.Sheet.OrgUnitId is { } unit ? unitNames.GetValueOrDefault(unit) : null, x.Sheet.Year, x.Sheet.State, x.Deadline!))
                .ToList(),
            reportsDue);
    }

    /// <summary>What is left to measure and to sign on the plan's first year (the year the NIV's page opens on).</summary>
    private async Task<NivHome?> NivAsync(Actor actor, HomePlan plan, CancellationToken ct)
    {
        var progress = await measurement.GetProgressAsync(actor, plan.Id, null, ct);
        if (progress is null)
        {
            return null;
        }

        var rows = progress.Rows;
        return new NivHome(progress.Year, rows.Count, rows.Count(r => r.ReportSubmitted), rows.Count(r => !r.Measured),
            rows.Count(r => r.Measured && !r.IsFinal), rows.Count(r => r.IsFinal), progress.BoardSize);
    }

    /// <summary>The ente's performance of each year of the cycle, as entered and whether the NIV validated it.</summary>
    private async Task<IReadOnlyList<EnteYearHome>> EnteYearsAsync(Actor actor, HomePlan plan, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var figures = await db.EntePerformances().AsNoTracking()
            .Where(e => e.PlanCycleId == plan.Id && e.MunicipalityId == actor.MunicipalityId)
            .Select(e => new { e.Year, e.Value, Validated = e.ValidatedAt != null })
            .ToListAsync(ct);
        return Enumerable.Range(plan.StartYear, plan.EndYear - plan.StartYear + 1)
            .Select(y => figures.FirstOrDefault(f => f.Year == y) is { } f ? new EnteYearHome(y, f.Value, f.Validated) : new EnteYearHome(y, null, false))
            .ToList();
    }

    /// <summary>The ente's setup: counts of units, people, accounts and plans, units with no head today, roles granted today.</summary>
    private async Task<AdminHome> AdminAsync(Actor actor, CancellationToken ct)
    {
        var (ente, today) = (actor.MunicipalityId, Today());
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.CountAsync(u => u.MunicipalityId == ente, ct);
        var people = await db.People.CountAsync(p => p.MunicipalityId == ente, ct);
        var accounts = await db.UserAccounts.Where(a => a.MunicipalityId == ente)
            .GroupBy(a => a.IsDisabled).Select(g => new { Disabled = g.Key, Count = g.Count() }).ToListAsync(ct);
        var headless = await db.OrgUnits.AsNoTracking()
            .Where(u => u.MunicipalityId == ente
                && !db.ManagerAssignments.Any(m => m.OrgUnitId == u.Id && m.From <= today && (m.To == null || m.To >= today)))
            .OrderBy(u => u.SortOrder).Select(u => u.Heading ?? u.Name).ToListAsync(ct);
        // Grants are few: read whole, so that "active today" is the grant's own rule.
        var grants = await db.AccessGrants.AsNoTracking().Where(g => g.MunicipalityId == ente).ToListAsync(ct);
        var plans = await db.PlanCycles.CountAsync(c => c.MunicipalityId == ente, ct);
        return new AdminHome(units, people, accounts.Sum(a => a.Count), accounts.Where(a => a.Disabled).Sum(a => a.Count), headless,
            grants.Where(g => g.IsActiveOn(today)).GroupBy(g => g.Role).OrderBy(g => g.Key)
                .Select(g => new RoleCount(g.Key, g.Select(x => x.PersonId).Distinct().Count())).ToList(),
            plans);
    }
}
