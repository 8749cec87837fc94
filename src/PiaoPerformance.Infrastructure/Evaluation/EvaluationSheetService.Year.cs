using Microsoft.EntityFrameworkCore;
using Npgsql;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Evaluation;

// Opening a year's sheets at once (SPEC §3.1, §4.12): who is evaluated by whom comes from YearOpening (Domain), the
// drafts are checked one by one as OpenAsync checks them and saved together, so the year opens all or none.
public sealed partial class EvaluationSheetService
{
    /// <summary>Every person of the ente with an assignment in <paramref name="year"/>: role, units, proposed evaluator, sheets already open.</summary>
    /// <exception cref="NotFoundException">The plan is not of the actor's ente.</exception>
    /// <exception cref="AccessDeniedException">The actor is not the Segretario.</exception>
    /// <exception cref="DomainException">The year is not one of the plan's.</exception>
    /// <param name="year">Null: the current year, or the plan's nearest one.</param>
    public async Task<YearOpeningView> PreviewYearAsync(Actor actor, Guid planId, int? year, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var cycle = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.MunicipalityId == actor.MunicipalityId, ct)
            ?? throw new NotFoundException("Piano non trovato.");
        var chosen = year ?? Math.Clamp(Today().Year, cycle.StartYear, cycle.EndYear);
        await ManagedPlanAsync(db, actor, planId, chosen, ct);
        var data = await YearDataAsync(db, actor, chosen, ct);
        return new YearOpeningView(planId, chosen, data.People.Select(p => data.Row(p, chosen)).ToList());
    }

    /// <summary>
    /// Opens the missing drafts of <see cref="YearOpeningRequest.Year"/> for the people asked (everyone listed by
    /// <see cref="PreviewYearAsync"/> when null) in one transaction: all of them or none. A person who already has a
    /// sheet of the year, has no unit or no evaluator is skipped with the reason; running it twice opens nothing the
    /// second time (the database's unique key stops a concurrent duplicate).
    /// </summary>
    public async Task<YearOpeningResult> OpenYearAsync(Actor actor, Guid planId, YearOpeningRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var attempt = 0; ; attempt++)
        {
            await using var db = (await contextFactory.CreateDbContextAsync(ct)).AuditAs(actor);
            var plan = await ManagedPlanAsync(db, actor, planId, request.Year, ct);
            var data = await YearDataAsync(db, actor, request.Year, ct);
            var listed = data.People.ToDictionary(p => p.Id);
            var skipped = new List<YearOpeningSkip>();
            var opened = new List<EvaluationSheet>();
            foreach (var personId in (request.PersonIds ?? data.People.Select(p => p.Id).ToList()).Distinct())
            {
                if (!listed.TryGetValue(personId, out var person))
                {
                    skipped.Add(new YearOpeningSkip(personId, $"Persona senza assegnazioni nell'ente nel {request.Year}."));
                    continue;
                }

                if (data.SheetsOf(personId) > 0)
                {
                    skipped.Add(new YearOpeningSkip(personId, $"Scheda del {request.Year} già aperta."));
                    continue;
                }

                var planned = data.Plan(person, request.Year, request.JointWanted(personId));
                if (planned.SkipReason is { } reason)
                {
                    skipped.Add(new YearOpeningSkip(personId, reason));
                    continue;
                }

                try
                {
                    var sheets = new List<EvaluationSheet>();
                    foreach (var sheet in planned.Sheets)
                    {
                        sheets.Add(await PrepareAsync(db, actor, plan, new SheetOpen(plan.Id, personId, request.Year, planned.Role!.Value, sheet.OrgUnitId,
                            sheet.Evaluators, planned.EvaluatorKind), ct));
                    }

                    opened.AddRange(sheets);
                }
                catch (DomainException ex)
                {
                    skipped.Add(new YearOpeningSkip(personId, ex.Message));
                }
            }

            db.EvaluationSheets.AddRange(opened);
            try
            {
                await db.SaveChangesAsync(ct);
                return new YearOpeningResult(opened.Count, skipped);
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Another run (a second click, another tab) opened some of them meanwhile: read again, open the rest;
                // if that happens twice in a row, the caller reads the list again and decides.
                if (attempt > 0)
                {
                    throw new ConcurrencyConflictException("Le schede sono state aperte nel frattempo da un'altra operazione: ricaricare l'elenco.", ex);
                }
            }
        }
    }

    private static async Task<YearData> YearDataAsync(PiaoDbContext db, Actor actor, int year, CancellationToken ct)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var ente = actor.MunicipalityId;
        var staff = await db.StaffAssignments.AsNoTracking()
            .Where(s => s.MunicipalityId == ente && s.From <= last && (s.To == null || s.To >= first)).OrderBy(s => s.From).ToListAsync(ct);
        var heads = await db.ManagerAssignments.AsNoTracking()
            .Where(m => m.MunicipalityId == ente && m.From <= last && (m.To == null || m.To >= first)).OrderBy(m => m.From).ToListAsync(ct);
        var ids = staff.Select(s => s.PersonId).Concat(heads.Select(h => h.PersonId)).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => p.MunicipalityId == ente && ids.Contains(p.Id)).ToListAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.MunicipalityId == ente).ToDictionaryAsync(u => u.Id, ct);
        var sheets = await db.EvaluationSheets.AsNoTracking().Where(s => s.MunicipalityId == ente && s.Year == year)
            .GroupBy(s => s.PersonId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var names = await db.People.AsNoTracking().Where(p => p.MunicipalityId == ente).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var ordered = people.OrderBy(p => p.FamilyName, StringComparer.Create(Format.Italian, true)).ThenBy(p => p.GivenName, StringComparer.Create(Format.Italian, true))
            .ToList();
        return new YearData(ordered, staff, heads, units, sheets, names);
    }

    /// <summary>The ente's assignments of a year, its units, the sheets of the year per person and everyone's name.</summary>
    private sealed record YearData(
        IReadOnlyList<Person> People,
        IReadOnlyList<StaffAssignment> Staff,
        IReadOnlyList<ManagerAssignment> Heads,
        IReadOnlyDictionary<Guid, OrgUnit> Units,
        IReadOnlyDictionary<Guid, int> Sheets,
        IReadOnlyDictionary<Guid, string> Names)
    {
        public int SheetsOf(Guid personId) => Sheets.GetValueOrDefault(personId);

        public string UnitName(Guid id) => Units.TryGetValue(id, out var unit) ? unit.Name : "";

        public PlannedPerson Plan(Person person, int year, bool joint) =>
            YearOpening.For(year, person.Id, Staff.Where(s => s.PersonId == person.Id).ToList(), Heads, joint, UnitName);

        public YearOpeningRow Row(Person person, int year)
        {
            // The joint sheet names both heads, so the preview shows every evaluator a tie involves.
            var planned = Plan(person, year, joint: true);
            var periods = Heads.Where(h => h.PersonId == person.Id).Select(h => new YearUnitPeriod(h.OrgUnitId, UnitName(h.OrgUnitId), h.Role, h.IsInterim, h.From, h.To))
                .Concat(Staff.Where(s => s.PersonId == person.Id).Select(s => new YearUnitPeriod(s.OrgUnitId, UnitName(s.OrgUnitId), null, false, s.From, s.To)))
                .OrderBy(p => p.From).ToList();
            var evaluators = planned.Sheets.SelectMany(s => s.Evaluators)
                .Select(e => new SheetPersonView(e.PersonId, Names.GetValueOrDefault(e.PersonId, ""), e.Role, e.OrgUnitId)).ToList();
            var months = planned.Months.Select(m => Guid.Parse(m.UnitId)).Zip(planned.Months)
                .Select(m => new YearUnitMonths(m.First, UnitName(m.First), m.Second.Months, m.Second.Days)).ToList();
            return new YearOpeningRow(person.Id, person.DisplayName, planned.Role, planned.EvaluatorKind, periods, evaluators, months, planned.Tie,
                SheetsOf(person.Id), planned.SkipReason);
        }
    }
}
