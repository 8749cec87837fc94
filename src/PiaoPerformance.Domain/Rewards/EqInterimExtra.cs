using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Rewards;

/// <summary>
/// The ente's percentages for the EQ interim extra by band of the interim post (SPEC §4.8, S3:990-994), and whether
/// the EQ holder's own pay band also scales it (AMB-15: not by default).
/// </summary>
public sealed record EqInterimOptions
{
    public decimal AltaPct { get; init; } = 25m;

    public decimal MediaPct { get; init; } = 20m;

    public decimal BassaPct { get; init; } = 15m;

    /// <summary>AMB-15: multiply the extra by the share of pay of the holder's band (100 %, 50 %, 0 %).</summary>
    public bool ScaleByHolderBand { get; init; }

    public static EqInterimOptions Default { get; } = new();

    public decimal PctFor(PostBand band) => band switch
    {
        PostBand.Alta => AltaPct,
        PostBand.Media => MediaPct,
        PostBand.Bassa => BassaPct,
        _ => throw new DomainException("Fascia di pesatura della posizione ad interim sconosciuta.", "postBand"),
    };
}

/// <summary>
/// Extra result pay of an EQ holder who also covers a post ad interim: "una quota aggiuntiva … calcolata in
/// percentuale al valore economico della retribuzione di posizione prevista per la posizione ricoperta ad interim"
/// (SPEC §4.8, S3:988).
/// </summary>
public static class EqInterimExtra
{
    /// <summary>
    /// SPEC §4.8: extra = position pay of the interim post × band % (ALTA 25, MEDIA 20, BASSA 15; Example 12:
    /// € 9.000,00 × 20 % = € 1.800,00). Scaled by <paramref name="holderBandPayPct"/> only when
    /// <see cref="EqInterimOptions.ScaleByHolderBand"/> is set (AMB-15).
    /// </summary>
    public static RewardAmount Compute(decimal interimPositionPay, PostBand postBand, decimal holderBandPayPct, EqInterimOptions? options,
        Explanation explanation)
    {
        if (interimPositionPay < 0m)
        {
            throw new DomainException(
                $"La retribuzione di posizione non può essere negativa (valore indicato: {Figures.Money(interimPositionPay)}).",
                "interimPositionPay");
        }

        options ??= EqInterimOptions.Default;
        Guard.Percentage(holderBandPayPct, "holderBandPayPct", "Quota della fascia del titolare di EQ");
        var pct = Guard.Percentage(options.PctFor(postBand), "postBand", "Percentuale della fascia della posizione ad interim");
        var extra = interimPositionPay * pct / 100m;
        explanation.Add(
            $"Interim su posizione di fascia {BandLabel(postBand)}: {Figures.Money(interimPositionPay)} × {Figures.Number(pct)} % = " +
            $"{Figures.Money(RewardAmount.ToCents(extra))} di retribuzione di risultato aggiuntiva (SPEC §4.8).");

        if (options.ScaleByHolderBand)
        {
            extra = extra * holderBandPayPct / 100m;
            explanation.Add(
                $"Per scelta dell'ente la quota segue la fascia del titolare: × {Figures.Number(holderBandPayPct)} % = " +
                $"{Figures.Money(RewardAmount.ToCents(extra))} (AMB-15).");
        }
        else
        {
            explanation.Add("La quota aggiuntiva non è riproporzionata alla fascia di valutazione del titolare (AMB-15).");
        }

        return RewardAmount.Of(extra);
    }

    private static string BandLabel(PostBand band) => band switch
    {
        PostBand.Alta => "ALTA",
        PostBand.Media => "MEDIA",
        _ => "BASSA",
    };
}
