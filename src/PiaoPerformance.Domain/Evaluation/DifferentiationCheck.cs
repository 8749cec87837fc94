namespace PiaoPerformance.Domain.Evaluation;

/// <summary>One sheet an evaluator gave: the total D and the behaviour component C with the maximum C could reach.</summary>
public sealed record GivenScore(decimal D, decimal C, decimal CMaximum, bool TopBand);

/// <summary>An evaluator's distribution of the scores they gave, and whether they failed to differentiate.</summary>
public sealed record DifferentiationResult(
    int Sheets,
    decimal MinD,
    decimal MaxD,
    decimal AverageD,
    decimal TopBandSharePct,
    decimal MaximumBehaviourSharePct,
    bool Warning,
    string Reading);

/// <summary>
/// The differentiation check (SPEC §3.3, seed 003 criterion II.B "Differenziazione delle valutazioni", level 1: "non
/// differenzia i giudizi … massimo punteggio a tutti", S3:867): an evaluator who puts (almost) everybody in the top
/// band, or gives (almost) everybody the maximum behaviour score, is flagged.
/// </summary>
public static class DifferentiationCheck
{
    /// <summary>"Almost everyone": 90 % of the sheets an evaluator gave.</summary>
    public const decimal DefaultThresholdPct = 90m;

    /// <summary>Below this many sheets a distribution says nothing, so no warning is raised.</summary>
    public const int MinimumSheets = 3;

    /// <summary>
    /// Warns when the evaluator gave at least <see cref="MinimumSheets"/> sheets and the share of them in the top band,
    /// or with the behaviour component at its maximum, reaches <paramref name="thresholdPct"/> (inclusive).
    /// </summary>
    public static DifferentiationResult Check(IReadOnlyList<GivenScore> scores, decimal thresholdPct = DefaultThresholdPct)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (thresholdPct is <= 0m or > 100m)
        {
            throw new Common.DomainException("La soglia della verifica di differenziazione è una percentuale tra 0 (escluso) e 100.", "thresholdPct");
        }

        if (scores.Count == 0)
        {
            return new DifferentiationResult(0, 0m, 0m, 0m, 0m, 0m, false, "Nessuna scheda compilata.");
        }

        var top = Share(scores.Count(s => s.TopBand), scores.Count);
        var maxC = Share(scores.Count(s => s.CMaximum > 0m && s.C >= s.CMaximum), scores.Count);
        var enough = scores.Count >= MinimumSheets;
        var warning = enough && (top >= thresholdPct || maxC >= thresholdPct);
        var reading = !enough
            ? $"Schede valutate: {scores.Count}; ne servono almeno {MinimumSheets} per giudicare la differenziazione."
            : warning
                ? $"Attenzione: {Show(top)} % delle schede nella fascia più alta e {Show(maxC)} % con il massimo punteggio nei comportamenti " +
                  $"(soglia {Show(thresholdPct)} %): i giudizi non sono differenziati (criterio II.B, livello 1)."
                : $"{Show(top)} % delle schede nella fascia più alta e {Show(maxC)} % con il massimo nei comportamenti, sotto la soglia del {Show(thresholdPct)} %.";
        return new DifferentiationResult(scores.Count, scores.Min(s => s.D), scores.Max(s => s.D), scores.Average(s => s.D), top, maxC, warning, reading);
    }

    private static decimal Share(int part, int whole) => Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero);

    private static string Show(decimal value) => value.ToString("0.##", Common.Format.Italian);
}
