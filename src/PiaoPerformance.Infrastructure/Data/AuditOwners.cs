using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PiaoPerformance.Infrastructure.Data;

/// <summary>
/// Finds the aggregate root an owned part belongs to, and the part's path from it: <c>YearTargets[2024]</c>,
/// <c>Indicators[0193…].History[2023]</c>, <c>AchievementRule.Steps[nuovo 1]</c>.
/// </summary>
internal sealed class AuditOwners
{
    private readonly Dictionary<(IEntityType, string), EntityEntry> _byKey = [];
    private readonly Dictionary<string, int> _newParts = [];

    public AuditOwners(IEnumerable<EntityEntry> tracked)
    {
        foreach (var entry in tracked)
        {
            _byKey[(entry.Metadata, KeyOf(entry, entry.Metadata.FindPrimaryKey()!.Properties))] = entry;
        }
    }

    public (EntityEntry Root, string Path) Locate(EntityEntry entry)
    {
        if (entry.Metadata.FindOwnership() is not { } ownership)
        {
            return (entry, "");
        }

        var owner = _byKey.GetValueOrDefault((ownership.PrincipalEntityType, KeyOf(entry, ownership.Properties)))
            ?? throw new InvalidOperationException($"The owner of {entry.Metadata.DisplayName()} is not tracked.");
        var (root, ownerPath) = Locate(owner);
        var segment = ownership.PrincipalToDependent!.Name;
        if (!ownership.IsUnique)
        {
            segment += $"[{Label(entry, ownership, $"{ownerPath}.{segment}")}]";
        }

        return (root, ownerPath.Length == 0 ? segment : $"{ownerPath}.{segment}");
    }

    /// <summary>The part's own key (without its owner's): a year, an order, an id; a key the database will generate reads "nuovo n".</summary>
    private string Label(EntityEntry entry, IForeignKey ownership, string collection)
    {
        var own = entry.Metadata.FindPrimaryKey()!.Properties.Where(p => !ownership.Properties.Contains(p)).ToList();
        if (own.Any(p => entry.Property(p.Name).IsTemporary))
        {
            var n = _newParts[collection] = _newParts.GetValueOrDefault(collection) + 1;
            return $"nuovo {n}";
        }

        return KeyOf(entry, own, ",");
    }

    private static string KeyOf(EntityEntry entry, IReadOnlyList<IProperty> properties, string separator = "|") =>
        string.Join(separator, properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
}
