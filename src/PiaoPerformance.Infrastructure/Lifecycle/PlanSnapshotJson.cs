using System.Text.Json;
using System.Text.Json.Serialization;
using PiaoPerformance.Infrastructure.Planning;

namespace PiaoPerformance.Infrastructure.Lifecycle;

/// <summary>
/// The JSON of a version's <see cref="PlanView"/>: the API's own shape (camelCase, enums by name), so a stored version
/// reads like <c>GET /api/v1/plans/{id}</c> did on the day. Fields added to the read model later read as their defaults.
/// </summary>
internal static class PlanSnapshotJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(PlanView plan) => JsonSerializer.Serialize(plan, Options);

    public static PlanView Deserialize(string json) =>
        JsonSerializer.Deserialize<PlanView>(json, Options) ?? throw new InvalidOperationException("A stored plan version is empty.");
}
