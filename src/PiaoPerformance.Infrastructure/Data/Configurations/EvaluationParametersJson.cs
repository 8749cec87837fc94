using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

/// <summary>A cycle's evaluation parameters stored as one jsonb document: edited together, read together.</summary>
internal static class EvaluationParametersJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static ValueConverter<EvaluationParameters, string> Converter { get; } = new(
        value => JsonSerializer.Serialize(value, Options),
        json => JsonSerializer.Deserialize<EvaluationParameters>(json, Options) ?? EvaluationParameters.CassinoDefault);

    public static ValueComparer<EvaluationParameters> Comparer { get; } = new(
        (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
        value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
        value => JsonSerializer.Deserialize<EvaluationParameters>(JsonSerializer.Serialize(value, Options), Options)!);
}
