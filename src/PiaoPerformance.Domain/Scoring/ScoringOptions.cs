namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// The per-ente options the SPEC leaves open. Defaults: additive sanctions (§4.9), band test on the unrounded D
/// (§4.3), payment-times gate (§2.10), proration by days (§4.10), weights as points of the score (§4.16).
/// </summary>
public sealed record ScoringOptions
{
    public static ScoringOptions Default { get; } = new();

    /// <summary>SPEC §4.9 [AMB-16].</summary>
    public SanctionCombination SanctionCombination { get; init; } = SanctionCombination.Additive;

    /// <summary>
    /// SPEC §4.3 [AMB-1]: false (default) compares the unrounded D with the lower bounds (89,5 → 80-89); true rounds D
    /// to an integer, halves up, before the band and the negative test (89,5 → 90).
    /// </summary>
    public bool RoundTotal { get; init; }

    /// <summary>SPEC §2.10 [AMB-6].</summary>
    public PaymentTimesMode PaymentTimesMode { get; init; } = PaymentTimesMode.Gate;

    /// <summary>SPEC §4.10.</summary>
    public ProrationBasis ProrationBasis { get; init; } = ProrationBasis.Days;

    /// <summary>SPEC §4.16: weights as points of the score (default) or as shares of the money (S2).</summary>
    public WeightModel WeightModel { get; init; } = WeightModel.Score;
}
