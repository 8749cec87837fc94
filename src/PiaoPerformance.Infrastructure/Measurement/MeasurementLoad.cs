using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Lifecycle;

namespace PiaoPerformance.Infrastructure.Measurement;

/// <summary>Loads shared by the measurement services: the objective with its plan, people's names, the NIV board.</summary>
internal static class MeasurementLoad
{
    /// <summary>
    /// The objective of the actor's ente and its plan, the plan's row held shared (<see cref="PlanLock"/>) so no
    /// lifecycle step crosses the write; another ente's id or a missing one is not found.
    /// </summary>
    public static async Task<(PlanCycle Plan, Objective Objective)> LockedAsync(PiaoDbContext db, Actor actor, Guid objectiveId, CancellationToken ct)
    {
        var planId = await db.Objectives.Where(o => o.Id == objectiveId && o.MunicipalityId == actor.MunicipalityId)
            .Select(o => (Guid?)o.PlanCycleId).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Obiettivo non trovato.");
        var plan = await PlanLock.LoadAsync(db, actor, planId, PlanLock.Mode.Shared, ct);
        var objective = await db.Objectives.FirstAsync(o => o.Id == objectiveId, ct);
        return (plan, objective);
    }

    /// <summary>The objective and its plan for reading, untracked; null when not of the actor's ente.</summary>
    public static async Task<(PlanCycle Plan, Objective Objective)?> ReadAsync(PiaoDbContext db, Actor actor, Guid objectiveId, CancellationToken ct)
    {
        var objective = await db.Objectives.AsNoTracking().FirstOrDefaultAsync(o => o.Id == objectiveId && o.MunicipalityId == actor.MunicipalityId, ct);
        if (objective is null)
        {
            return null;
        }

        var plan = await db.PlanCycles.AsNoTracking().FirstAsync(c => c.Id == objective.PlanCycleId, ct);
        return AccessRules.CanReadMeasurement(actor, plan.MunicipalityId) ? (plan, objective) : null;
    }

    /// <summary>The members of the ente's NIV in office today: the board whose sign-offs make the agreed value.</summary>
    public static async Task<IReadOnlyList<Guid>> BoardAsync(PiaoDbContext db, Guid municipalityId, DateOnly today, CancellationToken ct)
    {
        var grants = await db.AccessGrants.AsNoTracking().Where(g => g.MunicipalityId == municipalityId && g.Role == AppRole.Niv).ToListAsync(ct);
        return grants.Where(g => g.IsActiveOn(today)).Select(g => g.PersonId).Distinct().ToList();
    }

    /// <summary>Display names of people of the ente by id; an id without a person reads "—".</summary>
    public static async Task<Func<Guid?, string>> NamesAsync(PiaoDbContext db, Guid municipalityId, IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => p.MunicipalityId == municipalityId && wanted.Contains(p.Id)).ToListAsync(ct);
        var names = people.ToDictionary(p => p.Id, p => p.DisplayName);
        return id => id is { } key && names.TryGetValue(key, out var name) ? name : "—";
    }

    /// <summary>Saves against the version the form was read with (ADR-006): a stale one is a conflict, nothing written.</summary>
    /// <remarks>
    /// The root's "UpdatedAt" stamp is set on every save: a change to an owned part alone (a progress entry, a
    /// sign-off) then still checks and moves the root's version, so two writers of the same record never both win.
    /// </remarks>
    public static async Task<uint> SaveAsync<T>(PiaoDbContext db, T root, uint? version, DateTimeOffset now, CancellationToken ct)
        where T : class
    {
        var entry = db.Entry(root);
        entry.Property<DateTimeOffset>(UpdatedAt).CurrentValue = now;
        if (entry.State != EntityState.Added)
        {
            // Null: the form was read before the record existed, so someone else has written it since.
            entry.Property<uint>(RowVersionCheck.Property).OriginalValue = version ?? throw new ConcurrencyConflictException(Changed);
        }
        else if (version is not null)
        {
            throw new ConcurrencyConflictException(Changed);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException(Changed, ex);
        }

        return entry.Property<uint>(RowVersionCheck.Property).CurrentValue;
    }

    /// <summary>The shadow "last changed" column of the measurement roots (left out of the audit rows by name).</summary>
    public const string UpdatedAt = "UpdatedAt";

    private const string Changed = "Un altro utente ha salvato questi dati nel frattempo: ricarica la pagina e riapplica le tue modifiche.";
}
