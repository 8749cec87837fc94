using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PiaoPerformance.Infrastructure.Data;

/// <summary>
/// Checks and locks the row version of every modified aggregate root before its changes are written (ADR-006).
/// Without it, two writers who both add the same part (a staff member, a phase) fail on the part's duplicate key
/// instead of on the root's version, and the user would not get the "reload" answer of a concurrency conflict.
/// </summary>
internal static class RowVersionCheck
{
    public const string Property = "Version";

    public static IReadOnlyList<EntityEntry> ModifiedRoots(ChangeTracker changeTracker) =>
        changeTracker.Entries()
            .Where(e => e.State == EntityState.Modified && !e.Metadata.IsOwned() && e.Metadata.FindProperty(Property) is not null)
            .ToList();

    public static async Task VerifyAsync(DbContext db, IReadOnlyList<EntityEntry> roots, CancellationToken cancellationToken)
    {
        foreach (var entry in roots)
        {
            var table = entry.Metadata.GetTableName();
            var key = entry.Metadata.FindPrimaryKey()!.Properties.Single();
            var id = entry.Property(key.Name).CurrentValue!;
            var expected = (uint)entry.Property(Property).OriginalValue!;
            // Table and column names come from the EF model, never from input; the id is a parameter.
            var sql = "SELECT xmin::text::bigint AS \"Value\" FROM \"" + table + "\" WHERE \"" + key.GetColumnName() + "\" = {0} FOR UPDATE";
            var stored = await db.Database.SqlQueryRaw<long>(sql, id).ToListAsync(cancellationToken);
            if (stored.Count == 0 || (uint)stored[0] != expected)
            {
                throw new DbUpdateConcurrencyException(
                    $"{entry.Metadata.DisplayName()} {id} was changed or deleted by someone else since it was read.");
            }
        }
    }
}
