using PiaoPerformance.Domain.Evaluation;

namespace PiaoPerformance.Domain.Scoring;

public static partial class SheetCalculator
{
    /// <summary>
    /// SPEC §4.3 [AMB-1]: the bands are tested on the unrounded cut D by default; with the ente's option, on D rounded
    /// to an integer, halves up (89,5 → 90).
    /// </summary>
    private static decimal BandScore(decimal dCut, bool roundTotal, Explanation explanation)
    {
        if (!roundTotal)
        {
            return dCut;
        }

        var rounded = Math.Round(dCut, 0, MidpointRounding.AwayFromZero);
        explanation.Add($"D arrotondato all'intero, metà per eccesso (opzione dell'ente, SPEC §4.3): {Show.Score(dCut)} → {Show.Number(rounded)}.");
        return rounded;
    }

    /// <summary>
    /// SPEC §4.1 (employees ≥ 90/80/70/60/50) and §4.2 (Segretario, dirigenti, EQ ≥ 75/30): the band whose lower bound
    /// the score reaches, tested on the cut D (SPEC §4.17 step 5).
    /// </summary>
    private static PayBand SelectBand(decimal score, EvaluatedRole role, BandTable bands, Explanation explanation)
    {
        var band = bands.For(score);
        var section = RoleNames.IsManager(role) ? "SPEC §4.2" : "SPEC §4.1";
        var what = RoleNames.IsManager(role) ? "della retribuzione di risultato" : "del premio";
        var above = bands.NextAbove(band);
        if (band.LowerBound > 0m)
        {
            explanation.Add(
                $"Fascia: D = {Show.Against(score, band.LowerBound, above)} ≥ {Show.Number(band.LowerBound)} → {band.Label}, {Show.Pct(band.PayPct)} {what} ({section}).");
        }
        else
        {
            explanation.Add(
                $"Fascia: D = {Show.Against(score, above ?? 0m)} < {Show.Number(above ?? 0m)} → {band.Label}, {Show.Pct(band.PayPct)} {what} ({section}).");
        }

        return band;
    }

    /// <summary>
    /// SPEC §4.4, S3:1107: a total below 50 is a negative evaluation, flagged on its own; it does not change the band
    /// (a manager at 30-49 keeps 50 % pay, [AMB-5]).
    /// </summary>
    private static bool IsNegative(decimal score, decimal threshold, Explanation explanation)
    {
        var negative = score < threshold;
        // Two calls, not a conditional expression: a disabled explanation then formats nothing.
        if (negative)
        {
            explanation.Add($"Valutazione negativa: D = {Show.Against(score, threshold)} < {Show.Number(threshold)} (SPEC §4.4); la segnalazione non modifica la fascia.");
        }
        else
        {
            explanation.Add($"Valutazione non negativa: D = {Show.Against(score, threshold)} ≥ {Show.Number(threshold)} (SPEC §4.4).");
        }
        return negative;
    }
}
