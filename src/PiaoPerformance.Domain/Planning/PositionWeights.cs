namespace PiaoPerformance.Domain.Planning;

/// <summary>
/// The weights of one person evaluated in one unit block: own objectives plus the cross-cutting strategic objectives
/// that apply to them (SPEC §1.5: 60 + 40 = 100 per Responsabile in seed 000).
/// </summary>
public sealed record PositionWeights(
    Guid UnitId,
    Guid? ResponsiblePersonId,
    IReadOnlyList<Guid> PersonIds,
    bool IsSecretary,
    int ObjectiveCount,
    decimal OwnWeight,
    decimal CrossCuttingWeight,
    WeightingMode Mode,
    decimal RequiredTotal)
{
    /// <summary>With equal weights the own objectives share what the cross-cutting ones leave.</summary>
    public decimal Total => Mode == WeightingMode.Equal && ObjectiveCount > 0 ? RequiredTotal : OwnWeight + CrossCuttingWeight;

    public decimal Missing => RequiredTotal - Total;

    public bool IsComplete => Mode != WeightingMode.Mixed && Total == RequiredTotal;
}
