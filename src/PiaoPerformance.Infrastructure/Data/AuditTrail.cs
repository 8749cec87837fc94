using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Infrastructure.Data;

/// <summary>
/// Turns a save's pending changes into audit rows, one per aggregate root added, modified or deleted: a change to an
/// owned part (a year target, an indicator, a phase) is folded into its root's row under a path such as
/// <c>YearTargets[2024].ExpectedPct</c>. The rows are added to the same save, so they commit or roll back with it.
/// </summary>
internal static class AuditTrail
{
    public const string Table = "AuditEntries";

    /// <summary>Adds the audit rows of the pending changes to the context and returns them.</summary>
    public static IReadOnlyList<AuditEntry> Record(DbContext db, AuditActorSnapshot? actor, string? reason)
    {
        var tracked = db.ChangeTracker.Entries().ToList();
        var changed = tracked
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && AuditPolicy.IsAudited(e.Metadata))
            .ToList();
        if (changed.Count == 0)
        {
            return [];
        }

        var owners = new AuditOwners(tracked);
        var roots = new Dictionary<EntityEntry, AuditRootChange>(ReferenceEqualityComparer.Instance);
        foreach (var entry in changed)
        {
            var (root, path) = owners.Locate(entry);
            if (!roots.TryGetValue(root, out var change))
            {
                roots[root] = change = new AuditRootChange(root);
            }

            change.Add(entry, path);
        }

        var now = DateTimeOffset.UtcNow;
        var correlation = Guid.CreateVersion7(now);
        var rows = roots.Values
            .Select(c => c.ToRow(r => new AuditEntry(correlation, now, MunicipalityOf(r), actor, r.Metadata.ClrType.Name,
                IdOf(r), PersonOf(r), c.Action, c.OldJson(), c.NewJson(), reason)))
            .OfType<AuditEntry>()
            .ToList();
        db.AddRange(rows);
        return rows;
    }

    /// <summary>After the save, successful or not: the rows are not tracked any more, so a retry writes its own.</summary>
    public static void Forget(DbContext db, IReadOnlyList<AuditEntry> rows)
    {
        foreach (var row in rows)
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }

    private static object? Value(EntityEntry entry, string property)
    {
        var p = entry.Property(property);
        return entry.State == EntityState.Deleted ? p.OriginalValue : p.CurrentValue;
    }

    private static Guid IdOf(EntityEntry root)
    {
        var key = root.Metadata.FindPrimaryKey()!.Properties;
        return key is [{ ClrType: var type } id] && type == typeof(Guid)
            ? (Guid)Value(root, id.Name)!
            : throw new InvalidOperationException($"{root.Metadata.DisplayName()} is audited and needs a single Guid id (ADR-007).");
    }

    private static Guid MunicipalityOf(EntityEntry root) =>
        root.Entity is Municipality ? IdOf(root)
        : root.Metadata.FindProperty(TenantStamping.Property) is { } p ? (Guid)Value(root, p.Name)!
        : Guid.Empty;

    private static Guid? PersonOf(EntityEntry root) =>
        root.Entity is Person ? IdOf(root)
        : root.Metadata.FindProperty("PersonId") is { } p && (p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?)) ? (Guid?)Value(root, p.Name)
        : null;
}
