using System.Text.Json;
using System.Text.Json.Serialization;

namespace PiaoPerformance.Infrastructure.Seed;

/// <summary>Reads the plan data files shipped inside this assembly (never from outside the product).</summary>
public static class PlanDocumentReader
{
    public const string CassanoDemo = "cassano-2024-2026.json";

    /// <summary>The demo ente's code in that file.</summary>
    public const string CassanoDemoCode = "cassano-delle-murge";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static PlanDocument ReadEmbedded(string fileName)
    {
        var name = $"PiaoPerformance.Seed.{fileName}";
        using var stream = typeof(PlanDocumentReader).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Plan data file {fileName} is not embedded in the assembly.");
        return Read(stream);
    }

    public static PlanDocument Read(Stream json) =>
        JsonSerializer.Deserialize<PlanDocument>(json, Options)
        ?? throw new InvalidOperationException("Empty plan data file.");
}
