using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PiaoPerformance.Infrastructure.Data;

/// <summary>
/// Owned parts that the domain creates without knowing the ente (a graded rule's steps, an indicator's history, the
/// weighting grid) carry the ente's id as a shadow property: it is copied from their owner when they are saved, so
/// every tenant-owned table has it (ADR-007).
/// </summary>
internal static class TenantStamping
{
    public const string Property = "MunicipalityId";

    public static void StampOwnedParts(ChangeTracker changeTracker)
    {
        // Entries() detects changes over every tracked entity: called once, not once per part (a 1,000-card import
        // tracks some 10,000 parts, and a scan per part made its save quadratic).
        var tracked = changeTracker.Entries().ToList();
        var pending = tracked
            .Where(e => e.State is EntityState.Added or EntityState.Modified && IsShadowTenant(e.Metadata))
            .ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var owners = new Dictionary<(IEntityType, string), EntityEntry>();
        foreach (var entry in tracked)
        {
            if (entry.Metadata.FindPrimaryKey() is { } key)
            {
                owners[(entry.Metadata, KeyOf(key.Properties.Select(p => entry.CurrentValues[p])))] = entry;
            }
        }

        foreach (var entry in pending)
        {
            if ((Guid?)entry.CurrentValues[Property] is { } id && id != Guid.Empty)
            {
                continue;
            }

            entry.CurrentValues[Property] = TenantOf(owners, entry);
        }
    }

    private static bool IsShadowTenant(IEntityType type) => type.IsOwned() && type.FindProperty(Property) is { } p && p.IsShadowProperty();

    private static Guid TenantOf(Dictionary<(IEntityType, string), EntityEntry> owners, EntityEntry entry)
    {
        var ownership = entry.Metadata.FindOwnership()
            ?? throw new InvalidOperationException($"{entry.Metadata.DisplayName()} has a shadow tenant but no owner.");
        var owner = owners.GetValueOrDefault((ownership.PrincipalEntityType, KeyOf(ownership.Properties.Select(p => entry.CurrentValues[p]))))
            ?? throw new InvalidOperationException($"The owner of {entry.Metadata.DisplayName()} is not tracked.");
        var value = (Guid?)owner.CurrentValues[Property];
        return value is { } tenant && tenant != Guid.Empty ? tenant : TenantOf(owners, owner);
    }

    private static string KeyOf(IEnumerable<object?> values) =>
        string.Join("|", values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
}
