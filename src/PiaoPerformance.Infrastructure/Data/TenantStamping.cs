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
        var pending = changeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified && IsShadowTenant(e.Metadata))
            .ToList();
        foreach (var entry in pending)
        {
            if ((Guid?)entry.CurrentValues[Property] is { } id && id != Guid.Empty)
            {
                continue;
            }

            entry.CurrentValues[Property] = TenantOf(changeTracker, entry);
        }
    }

    private static bool IsShadowTenant(IEntityType type) => type.IsOwned() && type.FindProperty(Property) is { } p && p.IsShadowProperty();

    private static Guid TenantOf(ChangeTracker changeTracker, EntityEntry entry)
    {
        var ownership = entry.Metadata.FindOwnership()
            ?? throw new InvalidOperationException($"{entry.Metadata.DisplayName()} has a shadow tenant but no owner.");
        var keyValues = ownership.Properties.Select(p => entry.CurrentValues[p]).ToArray();
        var owner = changeTracker.Entries().FirstOrDefault(e =>
            e.Metadata == ownership.PrincipalEntityType
            && ownership.PrincipalKey.Properties.Select(p => e.CurrentValues[p]).SequenceEqual(keyValues))
            ?? throw new InvalidOperationException($"The owner of {entry.Metadata.DisplayName()} is not tracked.");
        var value = (Guid?)owner.CurrentValues[Property];
        return value is { } tenant && tenant != Guid.Empty ? tenant : TenantOf(changeTracker, owner);
    }
}
