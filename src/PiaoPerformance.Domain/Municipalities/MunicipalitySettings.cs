namespace PiaoPerformance.Domain.Municipalities;

/// <summary>
/// Planning options of an ente. The evaluation system's parameters (shares, bands, coefficients) are added with the
/// scoring engine; here only what the planning model needs.
/// </summary>
public sealed record MunicipalitySettings
{
    /// <summary>
    /// Whether the cross-cutting strategic objectives also count in the Segretario's weights. In seed 000 the
    /// Segretario's own objectives already total 100 (S0:551-606), so the default is no (SPEC §1.5 [INF]).
    /// </summary>
    public bool CrossCuttingAppliesToSecretary { get; init; }

    /// <summary>The total every person evaluated must reach (SPEC §1.12: "=100", S3:807).</summary>
    public decimal RequiredWeightTotal { get; init; } = 100m;
}
