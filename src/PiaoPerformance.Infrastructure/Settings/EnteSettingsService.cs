using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Settings;

/// <summary>
/// The Amministratore's set-up of an ente (issue 6 item 4): ente data, cycles, the unit tree, people, manager and staff
/// assignments, lookups and the evaluation parameters. Every call asks <see cref="AccessRules.CanAdminister"/> first
/// (else <see cref="AccessDeniedException"/>); ids of another ente are <see cref="NotFoundException"/>. Every change
/// goes through the domain's methods and is audited in the admin's name.
/// </summary>
public sealed class EnteSettingsService(IDbContextFactory<PiaoDbContext> contextFactory)
{
    public const string NotAdministrator = "Solo l'Amministratore può modificare le impostazioni dell'ente.";

    /// <summary>Everything the set-up pages show.</summary>
    public async Task<EnteSettingsView> GetAsync(Actor actor, CancellationToken ct = default)
    {
        EnsureAdministers(actor);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var ente = actor.MunicipalityId;
        var municipality = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Id == ente, ct)
            ?? throw new NotFoundException("Ente non trovato.");
        var cycles = await db.PlanCycles.AsNoTracking().Where(c => c.MunicipalityId == ente).OrderBy(c => c.StartYear).ToListAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.MunicipalityId == ente).OrderBy(u => u.SortOrder).ThenBy(u => u.Code).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.MunicipalityId == ente).OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ToListAsync(ct);
        var managers = await db.ManagerAssignments.AsNoTracking().Where(m => m.MunicipalityId == ente).OrderBy(m => m.From).ToListAsync(ct);
        var staff = await db.StaffAssignments.AsNoTracking().Where(s => s.MunicipalityId == ente).OrderBy(s => s.From).ToListAsync(ct);
        var lines = await db.MandateLines.AsNoTracking().Where(l => l.MunicipalityId == ente).OrderBy(l => l.SortOrder).ToListAsync(ct);
        var dups = await db.DupCodes.AsNoTracking().Where(d => d.MunicipalityId == ente).OrderBy(d => d.Code).ToListAsync(ct);
        var programmes = await db.BudgetProgrammes.AsNoTracking().Where(b => b.MunicipalityId == ente)
            .OrderBy(b => b.Mission).ThenBy(b => b.Programme).ToListAsync(ct);

        return new EnteSettingsView(
            ente,
            ToData(municipality),
            cycles.Select(c => new CycleSettingsView(c.Id, c.StartYear, c.EndYear, c.Title, c.Evaluation)).ToList(),
            units.Select(u => new UnitSettingsView(u.Id, u.ParentId, u.Kind, u.Code, u.Name, u.Heading, u.SortOrder)).ToList(),
            people.Select(p => new PersonSettingsView(p.Id, p.Title, p.GivenName, p.FamilyName, p.DisplayName)).ToList(),
            managers.Select(m => new ManagerAssignmentSettingsView(m.Id, m.OrgUnitId, m.PersonId, m.Role, m.From, m.To, m.IsInterim, m.ScopeServices.ToList())).ToList(),
            staff.Select(s => new StaffAssignmentSettingsView(s.Id, s.OrgUnitId, s.PersonId, s.ProfileTitle, s.ClassificationArea, s.PartTimePct,
                s.PartTimeType, s.From, s.To)).ToList(),
            lines.Select(l => new MandateLineSettingsView(l.Id, l.Code, l.Name, l.SortOrder)).ToList(),
            dups.Select(d => new DupCodeSettingsView(d.Id, d.Code, d.Description)).ToList(),
            programmes.Select(b => new BudgetProgrammeSettingsView(b.Id, b.Mission, b.Programme, b.MissionName, b.ProgrammeName)).ToList());
    }

    /// <summary>Name, governing bodies, unit label, working week and patron saint.</summary>
    public Task UpdateEnteAsync(Actor actor, EnteData data, CancellationToken ct = default) =>
        RunAsync(actor, async db =>
        {
            var municipality = await db.Municipalities.FirstOrDefaultAsync(m => m.Id == actor.MunicipalityId, ct)
                ?? throw new NotFoundException("Ente non trovato.");
            municipality.Rename(data.Name);
            municipality.SetGoverningBodies(data.Province, data.Mayor, data.UnionName);
            municipality.SetUnitLabel(data.UnitLabel);
            if (data.PatronSaintMonth is { } month && data.PatronSaintDay is { } day && !IsValidDay(month, day))
            {
                throw new DomainException("Giorno del santo patrono non valido.", nameof(EnteData.PatronSaintDay));
            }

            if ((data.PatronSaintMonth is null) != (data.PatronSaintDay is null))
            {
                throw new DomainException("Indicare sia il giorno sia il mese del santo patrono, o nessuno dei due.", nameof(EnteData.PatronSaintDay));
            }

            municipality.ChangeSettings(municipality.Settings with
            {
                WorkingWeek = data.WorkingWeek,
                PatronSaintMonth = data.PatronSaintMonth,
                PatronSaintDay = data.PatronSaintDay,
                PatronSaintName = Guard.Optional(data.PatronSaintName),
            });
        }, ct);

    /// <summary>A new plan cycle with the Cassino evaluation parameters as its default.</summary>
    public Task<Guid> CreateCycleAsync(Actor actor, int startYear, int endYear, string? title = null, CancellationToken ct = default) =>
        RunAsync(actor, async db =>
        {
            var cycle = new PlanCycle(actor.MunicipalityId, startYear, endYear, title);
            if (await db.PlanCycles.AnyAsync(c => c.MunicipalityId == actor.MunicipalityId && c.StartYear == startYear && c.EndYear == endYear, ct))
            {
                throw new DomainException($"Il ciclo {startYear}-{endYear} esiste già.", "StartYear");
            }

            db.PlanCycles.Add(cycle);
            return cycle.Id;
        }, ct);

    /// <summary>A new unit, at the top of the tree or under <paramref name="parentId"/>.</summary>
    public Task<Guid> CreateUnitAsync(Actor actor, OrgUnitKind kind, string code, string name, Guid? parentId = null, CancellationToken ct = default) =>
        RunAsync(actor, async db =>
        {
            var parent = parentId is { } id ? await UnitAsync(db, actor, id, ct) : null;
            var order = await db.OrgUnits.Where(u => u.MunicipalityId == actor.MunicipalityId).MaxAsync(u => (int?)u.SortOrder, ct) ?? 0;
            var unit = new OrgUnit(actor.MunicipalityId, kind, code, name, order + 1, parent);
            await EnsureUnitCodeFreeAsync(db, actor, unit.Code, unit.Id, ct);
            db.OrgUnits.Add(unit);
            return unit.Id;
        }, ct);

    public Task RenameUnitAsync(Actor actor, Guid unitId, string code, string name, string? heading, CancellationToken ct = default) =>
        RunAsync(actor, async db =>
        {
            var unit = await UnitAsync(db, actor, unitId, ct);
            unit.Rename(code, name, heading);
            await EnsureUnitCodeFreeAsync(db, actor, unit.Code, unit.Id, ct);
        }, ct);

    /// <summary>Moves a unit under another (or to the top); a move that would make a loop is refused.</summary>
    public Task MoveUnitAsync(Actor actor, Guid unitId, Guid? parentId, CancellationToken ct = default) =>
        RunAsync(actor, async db => await MoveAsync(db, actor, await UnitAsync(db, actor, unitId, ct), parentId, ct), ct);

    /// <summary>Renames and moves a unit in one save: both happen or neither.</summary>
    public Task UpdateUnitAsync(Actor actor, Guid unitId, string code, string name, string? heading, Guid? parentId, CancellationToken ct = default) =>
        RunAsync(actor, async db =>
        {
            var unit = await UnitAsync(db, actor, unitId, ct);
            unit.Rename(code, name, heading);
            await EnsureUnitCodeFreeAsync(db, actor, unit.Code, unit.Id, ct);
            await MoveAsync(db, actor, unit, parentId, ct);
        }, ct);

    public Task<Guid> CreatePersonAsync(Actor actor, string? title, string givenName, string familyName, CancellationToken ct = default) =>
        RunAsync(actor, db =>
        {
            var person = new Person(actor.MunicipalityId, Guard.Optional(title), givenName, familyName);
            db.People.Add(person);
            return Task.FromResult(person.Id);
        }, ct);

    public Task RenamePersonAsync(Actor actor, Guid personId, string? title, string givenName, string familyName, CancellationToken ct = default) =>
        RunAsync(actor, async db => (await PersonAsync(db, actor, personId, ct)).Rename(Guard.Optional(title), givenName, familyName), ct);

    public Task<Guid> CreateManagerAssignmentAsync(Actor actor, NewManagerAssignment assignment, CancellationToken ct = default) =>
        RunAsync(actor, async db =>
        {
            var unit = await UnitAsync(db, actor, assignment.UnitId, ct);
            var person = await PersonAsync(db, actor, assignment.PersonId, ct);
            var created = new ManagerAssignment(unit, person, assignment.Role, assignment.From, assignment.To, assignment.IsInterim, assignment.ScopeServices);
            db.ManagerAssignments.Add(created);
            return created.Id;
        }, ct);

    /// <summary>Ends a manager assignment on <paramref name="to"/> (the period's end; refused before its start).</summary>
    public Task EndManagerAssignmentAsync(Actor actor, Guid assignmentId, DateOnly to, CancellationToken ct = default) =>
        RunAsync(actor, async db =>
        {
            var assignment = await db.ManagerAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.MunicipalityId == actor.MunicipalityId, ct)
                ?? throw new NotFoundException("Incarico non trovato.");
            assignment.ChangePeriod(assignment.From, to);
        }, ct);

    public Task<Guid> CreateStaffAssignmentAsync(Actor actor, NewStaffAssignment assignment, CancellationToken ct = default) =>
        RunAsync(actor, async db =>
        {
            var unit = await UnitAsync(db, actor, assignment.UnitId, ct);
            var person = await PersonAsync(db, actor, assignment.PersonId, ct);
            var created = new StaffAssignment(unit, person, assignment.ProfileTitle, assignment.Area, assignment.From, assignment.To,
                assignment.PartTimePct, assignment.PartTimeType);
            db.StaffAssignments.Add(created);
            return created.Id;
        }, ct);

    public Task EndStaffAssignmentAsync(Actor actor, Guid assignmentId, DateOnly to, CancellationToken ct = default) =>
        RunAsync(actor, async db =>
        {
            var assignment = await db.StaffAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.MunicipalityId == actor.MunicipalityId, ct)
                ?? throw new NotFoundException("Assegnazione non trovata.");
            assignment.ChangePeriod(assignment.From, to);
        }, ct);

    public Task<Guid> CreateMandateLineAsync(Actor actor, string code, string name, CancellationToken ct = default) =>
        RunAsync(actor, async db =>
        {
            var order = await db.MandateLines.Where(l => l.MunicipalityId == actor.MunicipalityId).MaxAsync(l => (int?)l.SortOrder, ct) ?? 0;
            var line = new MandateLine(actor.MunicipalityId, code, name, order + 1);
            db.MandateLines.Add(line);
            return line.Id;
        }, ct);

    public Task RenameMandateLineAsync(Actor actor, Guid lineId, string code, string name, CancellationToken ct = default) =>
        RunAsync(actor, async db =>
        {
            var line = await db.MandateLines.FirstOrDefaultAsync(l => l.Id == lineId && l.MunicipalityId == actor.MunicipalityId, ct)
                ?? throw new NotFoundException("Linea di mandato non trovata.");
            line.Rename(code, name);
        }, ct);

    public Task<Guid> CreateDupCodeAsync(Actor actor, string code, string? description, CancellationToken ct = default) =>
        RunAsync(actor, async db =>
        {
            var dup = new DupCode(actor.MunicipalityId, code, description);
            if (await db.DupCodes.AnyAsync(d => d.MunicipalityId == actor.MunicipalityId && d.Code == dup.Code, ct))
            {
                throw new DomainException($"Il codice DUP {dup.Code} esiste già.", nameof(DupCode.Code));
            }

            db.DupCodes.Add(dup);
            return dup.Id;
        }, ct);

    public Task DescribeDupCodeAsync(Actor actor, Guid dupCodeId, string? description, CancellationToken ct = default) =>
        RunAsync(actor, async db =>
        {
            var dup = await db.DupCodes.FirstOrDefaultAsync(d => d.Id == dupCodeId && d.MunicipalityId == actor.MunicipalityId, ct)
                ?? throw new NotFoundException("Codice DUP non trovato.");
            dup.Describe(description);
        }, ct);

    public Task<Guid> CreateBudgetProgrammeAsync(Actor actor, string mission, string programme, string? missionName, string? programmeName,
        CancellationToken ct = default) =>
        RunAsync(actor, async db =>
        {
            var created = new BudgetProgramme(actor.MunicipalityId, mission, programme, missionName, programmeName);
            if (await db.BudgetProgrammes.AnyAsync(b => b.MunicipalityId == actor.MunicipalityId && b.Mission == created.Mission && b.Programme == created.Programme, ct))
            {
                throw new DomainException($"La coppia Missione {created.Mission} / Programma {created.Programme} esiste già.", nameof(BudgetProgramme.Programme));
            }

            db.BudgetProgrammes.Add(created);
            return created.Id;
        }, ct);

    /// <summary>The cycle's evaluation parameters; refused by the domain (field named) when they do not make a valid system.</summary>
    public Task ChangeEvaluationAsync(Actor actor, Guid cycleId, EvaluationParameters parameters, CancellationToken ct = default) =>
        RunAsync(actor, async db =>
        {
            var cycle = await db.PlanCycles.FirstOrDefaultAsync(c => c.Id == cycleId && c.MunicipalityId == actor.MunicipalityId, ct)
                ?? throw new NotFoundException("Ciclo non trovato.");
            cycle.ChangeEvaluation(parameters);
        }, ct);

    private static EnteData ToData(Municipality m) => new(
        m.Name, m.Province, m.Mayor, m.UnionName, m.UnitLabel, m.Settings.WorkingWeek,
        m.Settings.PatronSaintMonth, m.Settings.PatronSaintDay, m.Settings.PatronSaintName);

    private static bool IsValidDay(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month);

    private static void EnsureAdministers(Actor actor)
    {
        if (!AccessRules.CanAdminister(actor, actor.MunicipalityId))
        {
            throw new AccessDeniedException(NotAdministrator);
        }
    }

    private static async Task<OrgUnit> UnitAsync(PiaoDbContext db, Actor actor, Guid unitId, CancellationToken ct) =>
        await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == unitId && u.MunicipalityId == actor.MunicipalityId, ct)
        ?? throw new NotFoundException("Unità organizzativa non trovata.");

    private static async Task<Person> PersonAsync(PiaoDbContext db, Actor actor, Guid personId, CancellationToken ct) =>
        await db.People.FirstOrDefaultAsync(p => p.Id == personId && p.MunicipalityId == actor.MunicipalityId, ct)
        ?? throw new NotFoundException("Persona non trovata.");

    private static async Task MoveAsync(PiaoDbContext db, Actor actor, OrgUnit unit, Guid? parentId, CancellationToken ct)
    {
        var parent = parentId is { } id ? await UnitAsync(db, actor, id, ct) : null;
        if (parent is not null)
        {
            var parents = await db.OrgUnits.Where(u => u.MunicipalityId == actor.MunicipalityId).ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
            for (Guid? cursor = parent.Id; cursor is { } c; cursor = parents.GetValueOrDefault(c))
            {
                if (c == unit.Id)
                {
                    throw new DomainException("Un'unità non può essere collocata sotto una sua sottounità.", nameof(OrgUnit.ParentId));
                }
            }
        }

        unit.MoveUnder(parent);
    }

    private static async Task EnsureUnitCodeFreeAsync(PiaoDbContext db, Actor actor, string code, Guid unitId, CancellationToken ct)
    {
        if (await db.OrgUnits.AnyAsync(u => u.MunicipalityId == actor.MunicipalityId && u.Code == code && u.Id != unitId, ct))
        {
            throw new DomainException($"Esiste già un'unità con codice {code}.", nameof(OrgUnit.Code));
        }
    }

    private Task RunAsync(Actor actor, Func<PiaoDbContext, Task> change, CancellationToken ct) =>
        RunAsync(actor, async db =>
        {
            await change(db);
            return true;
        }, ct);

    private async Task<T> RunAsync<T>(Actor actor, Func<PiaoDbContext, Task<T>> change, CancellationToken ct)
    {
        EnsureAdministers(actor);
        await using var db = (await contextFactory.CreateDbContextAsync(ct)).AuditAs(actor);
        var result = await change(db);
        await db.SaveChangesAsync(ct);
        return result;
    }
}
