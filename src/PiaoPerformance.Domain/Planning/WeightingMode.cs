namespace PiaoPerformance.Domain.Planning;

public enum WeightingMode
{
    /// <summary>Every objective has its weight.</summary>
    Explicit,
    /// <summary>No weight set: "ripartizione lineare" applies (S3:521).</summary>
    Equal,
    /// <summary>Some weights set and some not: an error (SPEC §1.12 [PROP]).</summary>
    Mixed,
}
