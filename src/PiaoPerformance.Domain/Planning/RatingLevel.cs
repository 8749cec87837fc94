namespace PiaoPerformance.Domain.Planning;

/// <summary>"RILEVANZA" Alto / Medio / Basso of the weighting grid (S4:24-28).</summary>
public enum RatingLevel
{
    Low,
    Medium,
    High,
}
