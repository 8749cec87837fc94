using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Audit;

/// <summary>
/// Reads the audit trail of the actor's ente, for the Segretario, the NIV and the Amministratore only
/// (<see cref="AccessRules.CanReadAudit"/>); anyone else gets <see cref="AccessDeniedException"/>. Another ente's rows
/// are never returned, whatever id is asked for.
/// </summary>
public sealed class AuditQueries(IDbContextFactory<PiaoDbContext> contextFactory)
{
    public const int PageSize = 50;

    /// <summary>One page of rows matching the filter, newest first.</summary>
    public async Task<AuditPage> FindAsync(Actor actor, AuditFilter filter, CancellationToken ct = default)
    {
        Authorize(actor);
        if (filter.From is { } from && filter.To is { } to && from > to)
        {
            throw new DomainException("La data iniziale del periodo è successiva a quella finale.", "from");
        }

        var page = Math.Max(1, filter.Page);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await EnsureKnownAsync(db, actor.MunicipalityId, filter, ct);
        // Evaluation sheets hold people's scores: their rows are for those who read every sheet (AccessRules.Sheets).
        var readsSheets = actor.Has(AppRole.Segretario) || actor.Has(AppRole.Niv);
        var query = Filtered(db.AuditEntries.AsNoTracking()
            .Where(a => a.MunicipalityId == actor.MunicipalityId && (readsSheets || a.EntityType != nameof(EvaluationSheet))), filter);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var subjects = await AuditSubjects.LoadAsync(db, actor.MunicipalityId, rows, ct);
        return new AuditPage(rows.Select(r => Map(r, subjects.Of(r))).ToList(), page, PageSize, total, subjects.Names);
    }

    /// <summary>The choices of the page's filters: the ente's objectives and people.</summary>
    public async Task<AuditFilterOptions> GetFilterOptionsAsync(Actor actor, CancellationToken ct = default)
    {
        Authorize(actor);
        var tenant = actor.MunicipalityId;
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var unitLabel = await db.Municipalities.Where(m => m.Id == tenant).Select(m => m.UnitLabel).FirstAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.MunicipalityId == tenant)
            .ToDictionaryAsync(u => u.Id, u => $"{unitLabel.ToUpperInvariant()} {u.Code}", ct);
        var cycles = await db.PlanCycles.AsNoTracking().Where(c => c.MunicipalityId == tenant)
            .OrderByDescending(c => c.StartYear).Select(c => new { c.Id, c.Title }).ToListAsync(ct);
        var objectives = await db.Objectives.AsNoTracking().Where(o => o.MunicipalityId == tenant)
            .OrderBy(o => o.SortOrder).Select(o => new { o.Id, o.PlanCycleId, o.Number, o.Level, o.OwnerUnitId, o.ParentObjectiveId }).ToListAsync(ct);
        var numbers = objectives.ToDictionary(o => o.Id, o => o.Number);
        var objectiveChoices = cycles
            .SelectMany(c => objectives.Where(o => o.PlanCycleId == c.Id).Select(o =>
            {
                var unit = o.OwnerUnitId is { } u ? units.GetValueOrDefault(u) : null;
                var parent = o.ParentObjectiveId is { } p && numbers.TryGetValue(p, out var n) ? n : (int?)null;
                return new AuditChoice(o.Id, AuditSubjects.ObjectiveLabel(o.Number, o.Level, unit, parent),
                    $"{c.Title} · {unit ?? "Obiettivi trasversali"}");
            }))
            .ToList();
        var people = await db.People.AsNoTracking().Where(p => p.MunicipalityId == tenant)
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ToListAsync(ct);
        return new AuditFilterOptions(objectiveChoices, people.Select(p => new AuditChoice(p.Id, $"{p.FamilyName} {p.GivenName}")).ToList());
    }

    private static void Authorize(Actor actor)
    {
        if (!AccessRules.CanReadAudit(actor, actor.MunicipalityId))
        {
            throw new AccessDeniedException("Il registro delle modifiche è consultabile solo dal Segretario, dal NIV e dall'Amministratore.");
        }
    }

    /// <summary>
    /// An id the ente's audit never mentions reads as not found (404), whether it is another ente's or made up: the
    /// answer is the same, so a guessed id tells nothing.
    /// </summary>
    private static async Task EnsureKnownAsync(PiaoDbContext db, Guid tenant, AuditFilter filter, CancellationToken ct)
    {
        var rows = db.AuditEntries.Where(a => a.MunicipalityId == tenant);
        if (filter.EntityId is { } entity && !await rows.AnyAsync(a => a.EntityId == entity, ct))
        {
            throw new NotFoundException("Nessuna modifica registrata per questo oggetto nell'ente.");
        }

        if (filter.PersonId is { } person
            && !await db.People.AnyAsync(p => p.MunicipalityId == tenant && p.Id == person, ct)
            && !await rows.AnyAsync(a => a.ActorPersonId == person || a.PersonId == person, ct))
        {
            throw new NotFoundException("Nessuna persona con questo identificativo nell'ente.");
        }
    }

    private static IQueryable<AuditEntry> Filtered(IQueryable<AuditEntry> query, AuditFilter filter)
    {
        if (filter.EntityId is { } entity)
        {
            query = query.Where(a => a.EntityId == entity);
        }

        if (filter.PersonId is { } person)
        {
            // By the person, or about them: their record, account, grants, assignments.
            query = query.Where(a => a.ActorPersonId == person || a.PersonId == person);
        }

        if (filter.From is { } from)
        {
            var start = ItalianTime.StartOfDay(from);
            query = query.Where(a => a.OccurredAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = ItalianTime.StartOfDay(to.AddDays(1));
            query = query.Where(a => a.OccurredAt < end);
        }

        return query;
    }

    private static AuditRow Map(AuditEntry row, string subject)
    {
        var old = Parse(row.OldValues);
        var @new = Parse(row.NewValues);
        // The root's own fields first, then its parts, each in name order (jsonb keeps no order of its own).
        var fields = @new.Select(p => p.Key).Concat(old.Select(p => p.Key)).Distinct(StringComparer.Ordinal)
            .OrderBy(f => f.Contains('.') || f.Contains('[')).ThenBy(f => f, StringComparer.Ordinal);
        var changes = fields.Select(f => new AuditFieldChange(f, old[f]?.DeepClone(), @new[f]?.DeepClone())).ToList();
        var actor = row.ActorAccountId is { } account
            ? new AuditActorView(account, row.ActorUsername ?? "", row.ActorPersonId ?? Guid.Empty, row.ActorName ?? row.ActorUsername ?? "")
            : null;
        return new AuditRow(row.Id, row.OccurredAt, actor, row.EntityType, row.EntityId, subject, row.Action, row.Reason, changes, row.CorrelationId);
    }

    private static JsonObject Parse(string? json) => json is null ? [] : JsonNode.Parse(json) as JsonObject ?? [];
}
