using PiaoPerformance.Domain.Evaluation;

namespace PiaoPerformance.Domain.Scoring;

public static partial class SheetCalculator
{
    /// <summary>
    /// SPEC §4.17 steps 5-10: maximum × band % × payment-times gate × interim increase × proration, rounded to cents
    /// (halves away from zero) only at the end. The top-performer supplement (step 9) is computed across the staff, in
    /// Rewards. Null without a maximum; 0 when the sheet is not evaluable.
    /// </summary>
    private static decimal? Pay(
        SheetInput input, PayBand? band, PresenceAssessment presence, ProrationBasis basis, EvaluationSystem system, PaymentTimesMode mode,
        Explanation explanation)
    {
        if (input.Pay is not { } pay)
        {
            explanation.Add("Importo non calcolato: premio massimo non indicato.");
            return null;
        }

        var what = RoleNames.IsManager(input.Role) ? "Retribuzione di risultato" : "Premio";
        if (band is null)
        {
            explanation.Add($"{what}: € 0,00 (scheda non valutabile).");
            return 0m;
        }

        var amount = pay.Maximum * band.PayPct / 100m;
        explanation.Add(
            $"{what}: massimo {Show.Money(pay.Maximum)} × {Show.Pct(band.PayPct)} (fascia) = {Show.Money(amount)}.");
        amount = PaymentTimesGate(amount, input.Role, pay.PaymentTimesMet, mode, system.PaymentTimesGateFactor, explanation);
        amount = InterimIncrease(amount, input.Role, pay.InterimIncrease, system.DirigenteInterimIncreasePct, explanation);
        amount = Prorate(amount, presence, basis, explanation);

        var cents = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        explanation.Add($"Importo finale arrotondato al centesimo: {Show.Money(cents)} (SPEC §4.17).");
        return cents;
    }

    /// <summary>
    /// SPEC §2.10, S0:20 [AMB-6]: in gate mode, payment times missed → managers' result pay × 0,70; in weight mode the
    /// objective's weight already carries the cut, so no gate: the 30 % applies once, never twice.
    /// </summary>
    private static decimal PaymentTimesGate(
        decimal amount, EvaluatedRole role, bool? met, PaymentTimesMode mode, decimal factor, Explanation explanation)
    {
        if (met != false)
        {
            if (met == true)
            {
                explanation.Add("Tempi di pagamento rispettati: nessuna riduzione (SPEC §2.10).");
            }

            return amount;
        }

        if (!RoleNames.IsManager(role))
        {
            explanation.Add("Tempi di pagamento non rispettati: la riduzione riguarda solo Segretario, dirigenti ed EQ (SPEC §2.10).");
            return amount;
        }

        if (mode == PaymentTimesMode.Weight)
        {
            explanation.Add(
                "Tempi di pagamento non rispettati: in modalità «peso» la riduzione è già nel peso dell'obiettivo, nessuna ulteriore riduzione (SPEC §2.10).");
            return amount;
        }

        var gated = amount * factor;
        explanation.Add(
            $"Tempi di pagamento non rispettati: × {Show.Score(factor)} (riduzione del {Show.Pct((1m - factor) * 100m)}, SPEC §2.10) = {Show.Money(gated)}.");
        return gated;
    }

    /// <summary>SPEC §4.8, S3:912: a dirigente with an interim post may get +10 % on the result pay (× 1,10).</summary>
    private static decimal InterimIncrease(decimal amount, EvaluatedRole role, bool granted, decimal increasePct, Explanation explanation)
    {
        if (!granted)
        {
            return amount;
        }

        if (role != EvaluatedRole.Dirigente)
        {
            explanation.Add(
                $"Maggiorazione per interim non applicata: il +{Show.Pct(increasePct)} riguarda i dirigenti; per l'EQ vale la quota aggiuntiva sulla retribuzione di posizione (SPEC §4.8).");
            return amount;
        }

        var increased = amount * (100m + increasePct) / 100m;
        explanation.Add(
            $"Maggiorazione per incarico ad interim: × {Show.Score((100m + increasePct) / 100m)} (SPEC §4.8) = {Show.Money(increased)}.");
        return increased;
    }

    /// <summary>
    /// SPEC §4.10, S3:1139: part-year service prorates the money, days / 365-366 or whole months / 12; multiplied
    /// before dividing so 900 × 244 / 366 is exactly 600.
    /// </summary>
    private static decimal Prorate(decimal amount, PresenceAssessment presence, ProrationBasis basis, Explanation explanation)
    {
        var (numerator, denominator) = basis == ProrationBasis.Months
            ? (presence.WholeMonths, 12)
            : (presence.ServiceDays, presence.DaysInYear);
        if (numerator == denominator)
        {
            return amount;
        }

        var prorated = amount * numerator / denominator;
        explanation.Add(
            $"Riproporzionamento per il servizio prestato: × {numerator}/{denominator} (SPEC §4.10) = {Show.Money(prorated)}.");
        return prorated;
    }
}
