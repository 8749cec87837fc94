using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PiaoPerformance.Infrastructure.Data;

/// <summary>
/// What one save does to one aggregate root and its owned parts, as two JSON objects from field path to value:
/// every field for a creation (new) or a deletion (old), only the changed ones for a modification (old and new).
/// </summary>
internal sealed class AuditRootChange(EntityEntry root)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly JsonObject _old = [];
    private readonly JsonObject _new = [];
    private readonly HashSet<string> _secrets = [];

    public AuditAction Action { get; } = root.State switch
    {
        EntityState.Added => AuditAction.Created,
        EntityState.Deleted => AuditAction.Deleted,
        _ => AuditAction.Modified,
    };

    public void Add(EntityEntry entry, string path)
    {
        var ownerKey = entry.Metadata.FindOwnership()?.Properties ?? [];
        var prefix = path.Length == 0 ? "" : path + ".";
        var recorded = entry.Properties.Where(p => !AuditPolicy.IsLeftOut(p.Metadata, ownerKey)).ToList();
        foreach (var property in recorded)
        {
            Add(entry.State, property, prefix + property.Metadata.Name);
        }

        if (recorded.Count == 0 && path.Length > 0)
        {
            // A part that is nothing but its key (a person involved, a mandate line): its presence is the change.
            SetIfPresent(entry.State == EntityState.Added ? _new : entry.State == EntityState.Deleted ? _old : [], path, true);
        }

        foreach (var complex in entry.ComplexProperties)
        {
            AddComplex(entry.State, complex, prefix + complex.Metadata.Name);
        }
    }

    /// <summary>The row, or null when nothing worth recording changed (only a "last changed" stamp, a sign-in's counters).</summary>
    public AuditEntry? ToRow(Func<EntityEntry, AuditEntry> create)
    {
        if (Action == AuditAction.Modified)
        {
            // A part replaced by an equal one (deleted and added under the same path) changed nothing.
            var unchanged = _old.Select(p => p.Key)
                .Where(k => !_secrets.Contains(k) && _new.ContainsKey(k) && JsonNode.DeepEquals(_old[k], _new[k]))
                .ToList();
            foreach (var key in unchanged)
            {
                _old.Remove(key);
                _new.Remove(key);
            }

            if (_old.Count == 0 && _new.Count == 0)
            {
                return null;
            }
        }

        return create(root);
    }

    public string? OldJson() => Action == AuditAction.Created ? null : _old.ToJsonString(Json);

    public string? NewJson() => Action == AuditAction.Deleted ? null : _new.ToJsonString(Json);

    private void AddComplex(EntityState state, ComplexPropertyEntry complex, string path)
    {
        foreach (var property in complex.Properties.Where(p => !AuditPolicy.IsLeftOut(p.Metadata, [])))
        {
            Add(state, property, $"{path}.{property.Metadata.Name}");
        }

        foreach (var nested in complex.ComplexProperties)
        {
            AddComplex(state, nested, $"{path}.{nested.Metadata.Name}");
        }
    }

    private void Add(EntityState state, PropertyEntry property, string path)
    {
        switch (state)
        {
            case EntityState.Added:
                SetIfPresent(_new, path, ToJson(property.Metadata, property.CurrentValue));
                break;
            case EntityState.Deleted:
                SetIfPresent(_old, path, ToJson(property.Metadata, property.OriginalValue));
                break;
            case EntityState.Modified when property.IsModified
                && !property.Metadata.GetValueComparer().Equals(property.OriginalValue, property.CurrentValue):
                _old[path] = ToJson(property.Metadata, property.OriginalValue);
                _new[path] = ToJson(property.Metadata, property.CurrentValue);
                if (AuditPolicy.IsSecret(property.Metadata))
                {
                    // Both sides read "***": keep the field, so the row still says that the secret changed.
                    _secrets.Add(path);
                }

                break;
        }
    }

    // A whole creation or deletion lists the fields that have a value; a modification lists nulls too ("was empty").
    private static void SetIfPresent(JsonObject values, string path, JsonNode? value)
    {
        if (value is not null)
        {
            values[path] = value;
        }
    }

    /// <summary>The value as stored (an enum by name, a jsonb column as JSON), a secret as <see cref="AuditEntry.Redacted"/>.</summary>
    private static JsonNode? ToJson(IProperty property, object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (AuditPolicy.IsSecret(property))
        {
            return JsonValue.Create(AuditEntry.Redacted);
        }

        var stored = property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;
        return stored switch
        {
            null => null,
            string json when property.GetColumnType() is "jsonb" or "json" => JsonNode.Parse(json),
            _ => JsonSerializer.SerializeToNode(stored, stored.GetType(), Json),
        };
    }
}
