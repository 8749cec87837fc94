using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Rewards;

/// <summary>
/// The data the payment-times objective is measured on (SPEC §2.10 [PROP]): TMP (average payment days), the annual
/// delay indicator, the share of the amount due on the year's invoices that the payments cover, and the date the
/// data were observed ("dati osservati al 31.03.2025", S0:18).
/// </summary>
public sealed record PaymentTimesData(decimal AveragePaymentDays, decimal DelayIndicator, decimal CoveragePct, DateOnly ObservedOn);

/// <summary>The ente's thresholds (SPEC §2.10, S0:18); defaults 30 days, delay ≤ 0, coverage ≥ 80 %.</summary>
public sealed record PaymentTimesSettings
{
    public decimal MaxAveragePaymentDays { get; init; } = 30m;

    public decimal MaxDelayIndicator { get; init; }

    /// <summary>AMB-6: S2 says "ITP inferiore a zero" (delay &lt; 0), S0 "pari a zero" (delay ≤ 0, the default).</summary>
    public bool DelayMustBeBelowZero { get; init; }

    public decimal MinCoveragePct { get; init; } = 80m;

    public static PaymentTimesSettings Default { get; } = new();
}

/// <summary>Whether the objective was met, and which of the three tests failed.</summary>
public sealed record PaymentTimesResult(bool Met, bool AverageDaysMet, bool DelayMet, bool CoverageMet, DateOnly ObservedOn);

/// <summary>The outcome of <see cref="PaymentTimes.CheckWeight"/>: true with an Italian warning when the weight is too low.</summary>
public sealed record PaymentTimesWeightCheck(bool IsBelowMinimum, string? Message);

/// <summary>
/// The payment-times objective of D.L. 13/2023 art. 4-bis, "valutati … in misura non inferiore al 30 per cento" of
/// result pay (SPEC §2.10, S2:30-32, S0:18-20).
/// </summary>
public static class PaymentTimes
{
    /// <summary>SPEC §2.10: the legal minimum share of result pay tied to payment times, and the cut when missed.</summary>
    public const decimal MinimumWeightPct = 30m;

    /// <summary>
    /// SPEC §2.10 [PROP], AMB-6: met = TMP ≤ 30 days and delay indicator ≤ 0, measured on payments covering at least
    /// 80 % of the amount due; below that coverage the data do not prove the target, so it is not met. Binary: no
    /// partial achievement.
    /// </summary>
    public static PaymentTimesResult Assess(PaymentTimesData data, Explanation explanation) =>
        Assess(data, PaymentTimesSettings.Default, explanation);

    /// <inheritdoc cref="Assess(PaymentTimesData, Explanation)"/>
    public static PaymentTimesResult Assess(PaymentTimesData data, PaymentTimesSettings? settings, Explanation explanation)
    {
        settings ??= PaymentTimesSettings.Default;
        if (data.AveragePaymentDays < 0m)
        {
            throw new DomainException(
                $"Il tempo medio di pagamento non può essere negativo (valore indicato: {Figures.Number(data.AveragePaymentDays)}).",
                "averagePaymentDays");
        }

        if (data.CoveragePct < 0m)
        {
            throw new DomainException(
                $"La copertura dei pagamenti non può essere negativa (valore indicato: {Figures.Number(data.CoveragePct)} %).", "coveragePct");
        }

        var daysMet = data.AveragePaymentDays <= settings.MaxAveragePaymentDays;
        var delayMet = settings.DelayMustBeBelowZero ? data.DelayIndicator < 0m : data.DelayIndicator <= settings.MaxDelayIndicator;
        var coverageMet = data.CoveragePct >= settings.MinCoveragePct;
        var met = daysMet && delayMet && coverageMet;

        explanation.Add($"Tempi di pagamento, dati osservati al {Format.Date(data.ObservedOn)} (SPEC §2.10).");
        explanation.Add(
            $"Tempo medio di pagamento {Figures.Number(data.AveragePaymentDays)} giorni " +
            $"{(daysMet ? "≤" : ">")} {Figures.Number(settings.MaxAveragePaymentDays)}: {(daysMet ? "rispettato" : "non rispettato")}.");
        var delayLimit = settings.DelayMustBeBelowZero ? "< 0" : $"≤ {Figures.Number(settings.MaxDelayIndicator)}";
        explanation.Add(
            $"Indicatore di ritardo annuale {Figures.Number(data.DelayIndicator)} giorni (soglia {delayLimit}): " +
            $"{(delayMet ? "rispettato" : "non rispettato")}.");
        explanation.Add(coverageMet
            ? $"Copertura dei pagamenti {Figures.Number(data.CoveragePct)} % dell'importo dovuto ≥ {Figures.Number(settings.MinCoveragePct)} %: dati sufficienti."
            : $"Copertura dei pagamenti {Figures.Number(data.CoveragePct)} % dell'importo dovuto < {Figures.Number(settings.MinCoveragePct)} %: " +
              "i dati non dimostrano il rispetto dei tempi, obiettivo non raggiunto.");
        explanation.Add(met ? "Obiettivo tempi di pagamento raggiunto." : "Obiettivo tempi di pagamento non raggiunto.");
        return new PaymentTimesResult(met, daysMet, delayMet, coverageMet, data.ObservedOn);
    }

    /// <summary>
    /// SPEC §2.10 [PROP], AMB-6: warn when a responsabile who pays invoices has a payment-times weight below 30 % of
    /// result pay (S1 weighs them 7–8 %).
    /// </summary>
    public static PaymentTimesWeightCheck CheckWeight(decimal weightPct)
    {
        if (weightPct >= MinimumWeightPct)
        {
            return new(false, null);
        }

        return new(true,
            $"Il peso dell'obiettivo sui tempi di pagamento ({Figures.Number(weightPct)} %) è inferiore al 30 % della " +
            "retribuzione di risultato richiesto dall'art. 4-bis del D.L. 13/2023.");
    }
}
