namespace PiaoPerformance.Domain.Scoring;

/// <summary>How an ente reads the weights of the objectives on a sheet (SPEC §4.16), an option of the evaluation system.</summary>
public enum WeightModel
{
    /// <summary>Default (S3, Cassino): weights make the score S, the score selects a band, the band sets the pay.</summary>
    Score,

    /// <summary>
    /// S2 (Casalmorano): each weight is the objective's share of the money ("% indennità di risultato", "% somma
    /// destinata alla performance organizzativa"); pay = maximum × Σ(share × achievement), no band.
    /// </summary>
    MoneyShare,
}
