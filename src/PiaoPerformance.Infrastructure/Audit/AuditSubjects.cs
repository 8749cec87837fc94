using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Audit;

/// <summary>
/// Readable names for a page of audit rows, read in a fixed number of queries: what each row is about ("Obiettivo n. 3 –
/// SETTORE II"), and the ids its values and field paths mention (a person, a unit, an objective), all of the reader's
/// ente only. An entity deleted since reads from the row itself, with "(eliminato)".
/// </summary>
internal sealed partial class AuditSubjects
{
    private readonly Dictionary<Guid, string> _labels = [];

    private AuditSubjects()
    {
    }

    /// <summary>The ids of the page with a name of the ente's: people, units, objectives, plans, accounts.</summary>
    public IReadOnlyDictionary<Guid, string> Names => _labels;

    public static async Task<AuditSubjects> LoadAsync(PiaoDbContext db, Guid tenant, IReadOnlyList<AuditEntry> rows, CancellationToken ct)
    {
        var subjects = new AuditSubjects();
        var ids = rows.Select(r => r.EntityId)
            .Concat(rows.Select(r => r.PersonId).OfType<Guid>())
            .Concat(rows.SelectMany(r => GuidsIn(r.OldValues).Concat(GuidsIn(r.NewValues))))
            .ToHashSet();

        var unitLabel = await db.Municipalities.Where(m => m.Id == tenant).Select(m => m.UnitLabel).FirstOrDefaultAsync(ct) ?? "Settore";
        var objectives = await db.Objectives.AsNoTracking().Where(o => o.MunicipalityId == tenant && ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Number, o.Level, o.OwnerUnitId, o.ParentObjectiveId }).ToListAsync(ct);
        var parentIds = objectives.Select(o => o.ParentObjectiveId).OfType<Guid>().Distinct().ToList();
        var parents = await db.Objectives.Where(o => o.MunicipalityId == tenant && parentIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Number, ct);
        var unitIds = objectives.Select(o => o.OwnerUnitId).OfType<Guid>().Concat(ids).ToHashSet();
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.MunicipalityId == tenant && unitIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => $"{unitLabel.ToUpperInvariant()} {u.Code}", ct);
        var accounts = await db.UserAccounts.AsNoTracking().Where(a => a.MunicipalityId == tenant && ids.Contains(a.Id))
            .Select(a => new { a.Id, a.PersonId, a.Username }).ToListAsync(ct);
        var personIds = accounts.Select(a => a.PersonId).Concat(ids).ToHashSet();
        var people = await db.People.AsNoTracking().Where(p => p.MunicipalityId == tenant && personIds.Contains(p.Id)).ToListAsync(ct);
        var names = people.ToDictionary(p => p.Id, p => p.DisplayName);
        var cycles = await db.PlanCycles.AsNoTracking().Where(c => c.MunicipalityId == tenant && ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Title }).ToListAsync(ct);

        foreach (var (id, label) in units.Concat(names))
        {
            subjects._labels[id] = label;
        }

        foreach (var o in objectives)
        {
            subjects._labels[o.Id] = ObjectiveLabel(o.Number, o.Level, o.OwnerUnitId is { } u ? units.GetValueOrDefault(u) : null,
                o.ParentObjectiveId is { } p && parents.TryGetValue(p, out var n) ? n : null);
        }

        foreach (var c in cycles)
        {
            subjects._labels[c.Id] = $"Piano {c.Title}";
        }

        foreach (var a in accounts)
        {
            subjects._labels[a.Id] = names.TryGetValue(a.PersonId, out var name) ? $"Account {a.Username} – {name}" : $"Account {a.Username}";
        }

        foreach (var row in rows.Where(r => !subjects._labels.ContainsKey(r.EntityId)))
        {
            subjects._labels[row.EntityId] = Fallback(row, row.PersonId is { } p ? names.GetValueOrDefault(p) : null);
        }

        return subjects;
    }

    public string Of(AuditEntry row) => _labels.GetValueOrDefault(row.EntityId) ?? row.EntityType;

    /// <summary>"Obiettivo n. 3 – SETTORE II", "Obiettivo strategico n. 1", "Obiettivo n. 2 – strategico n. 1" (cross-cutting).</summary>
    public static string ObjectiveLabel(int number, ObjectiveLevel level, string? unit, int? parentNumber) =>
        unit is not null ? $"Obiettivo n. {number} – {unit}"
        : level == ObjectiveLevel.Strategic ? $"Obiettivo strategico n. {number}"
        : parentNumber is { } parent ? $"Obiettivo n. {number} – strategico n. {parent}"
        : $"Obiettivo n. {number}";

    /// <summary>An entity read from the row itself: gone since, or of a kind the page names by type and person.</summary>
    private static string Fallback(AuditEntry row, string? person)
    {
        var values = JsonNode.Parse(row.NewValues ?? row.OldValues ?? "{}") as JsonObject ?? [];
        string? Text(string field) => values[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : values[field]?.ToJsonString();
        var label = row.EntityType switch
        {
            nameof(Objective) => $"Obiettivo n. {Text(nameof(Objective.Number)) ?? "?"}",
            nameof(Person) => $"{Text(nameof(Person.GivenName))} {Text(nameof(Person.FamilyName))}".Trim(),
            nameof(OrgUnit) => $"Unità {Text(nameof(OrgUnit.Code))}",
            nameof(PlanCycle) => $"Piano {Text(nameof(PlanCycle.Title))}",
            nameof(Municipality) => Text(nameof(Municipality.Name)) ?? "Ente",
            nameof(UserAccount) => $"Account {Text(nameof(UserAccount.Username))}".Trim(),
            nameof(AccessGrant) => $"Abilitazione {Text(nameof(AccessGrant.Role))}",
            nameof(ManagerAssignment) => "Incarico di responsabile",
            nameof(StaffAssignment) => "Assegnazione di personale",
            nameof(MandateLine) => $"Linea di mandato {Text(nameof(MandateLine.Code))}",
            nameof(DupCode) => $"Codice DUP {Text(nameof(DupCode.Code))}",
            nameof(BudgetProgramme) => "Programma di bilancio",
            nameof(EvaluationSheet) => $"Scheda di valutazione {Text(nameof(EvaluationSheet.Year))}".Trim(),
            nameof(PerformanceFund) => $"Fondo per la performance {Text(nameof(PerformanceFund.Year))}".Trim(),
            _ => row.EntityType,
        };
        if (person is not null && row.EntityType != nameof(Person))
        {
            label += $" – {person}";
        }

        return row.Action == AuditAction.Deleted ? $"{label} (eliminato)" : label;
    }

    private static IEnumerable<Guid> GuidsIn(string? json) =>
        json is null ? [] : GuidPattern().Matches(json).Select(m => Guid.Parse(m.ValueSpan));

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();
}
