using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Rewards;

/// <summary>An evaluated employee: final score D and the premium the bands gave them.</summary>
public sealed record RatedPremium(string Id, decimal Score, decimal Premium);

/// <summary>
/// The supplement per top-rated employee, who gets it, and the employees tied at the cut-off who compete for the
/// places the quota leaves (AMB-5: the CCDI sets the tie-break).
/// </summary>
public sealed record TopPerformerResult(
    int PositivelyRated,
    decimal AveragePremium,
    RewardAmount SupplementPerPerson,
    int Places,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> TiedAtCutoff,
    int PlacesLeftForTied);

/// <summary>
/// Maggiorazione for the best-rated employees: "una quota non inferiore al 30% del valore medio pro-capite dei premi
/// attribuiti al personale valutato positivamente", for the share of staff the CCDI sets (SPEC §4.6, S3:1090).
/// </summary>
public static class TopPerformerSupplement
{
    /// <summary>SPEC §4.6: the law's floor for the supplement, in percent of the average premium.</summary>
    public const decimal MinimumPct = 30m;

    /// <summary>SPEC §4.4 / §4.6 [INF]: "valutato positivamente" means D ≥ 50.</summary>
    public const decimal PositiveScore = 50m;

    /// <summary>
    /// SPEC §4.6: supplement = <paramref name="supplementPct"/> (≥ 30) × Σ premiums of staff with D ≥ 50 / their
    /// number (Example 8: 30 % × € 9.600,00 / 12 = € 240,00). The places are ⌊<paramref name="quotaPct"/> × staff
    /// evaluated / 100⌋, so the quota is never exceeded, taken by highest D among the positively rated.
    /// </summary>
    public static TopPerformerResult Compute(IReadOnlyList<RatedPremium> staff, decimal supplementPct, decimal quotaPct,
        Explanation explanation)
    {
        Validate(staff, supplementPct, quotaPct);

        var positive = staff.Where(s => s.Score >= PositiveScore).ToList();
        var average = positive.Count == 0 ? 0m : positive.Sum(s => s.Premium) / positive.Count;
        var supplement = RewardAmount.Of(average * supplementPct / 100m);
        explanation.Add(positive.Count == 0
            ? "Nessun dipendente valutato positivamente (punteggio ≥ 50): la maggiorazione è nulla."
            : $"Premio medio dei {positive.Count} dipendenti valutati positivamente (punteggio ≥ 50): " +
              $"{Figures.Money(positive.Sum(s => s.Premium))} / {positive.Count} = {Figures.Money(average)}.");
        explanation.Add(
            $"Maggiorazione: {Figures.Number(supplementPct)} % × {Figures.Money(average)} = {Figures.Money(supplement.Amount)} " +
            "per ciascun dipendente con la valutazione più elevata (SPEC §4.6).");

        var places = Math.Min((int)Math.Floor(quotaPct * staff.Count / 100m), positive.Count);
        var ranked = positive.OrderByDescending(s => s.Score).ToList();
        var recipients = new List<string>();
        var tied = new List<string>();
        var left = places;
        foreach (var group in ranked.GroupBy(s => s.Score))
        {
            if (left == 0)
            {
                break;
            }

            var ids = group.Select(s => s.Id).ToList();
            if (ids.Count <= left)
            {
                recipients.AddRange(ids);
                left -= ids.Count;
            }
            else
            {
                tied.AddRange(ids);
                break;
            }
        }

        explanation.Add(
            $"Quota CCDI: {Figures.Number(quotaPct)} % di {staff.Count} dipendenti valutati = {places} maggiorazioni" +
            (recipients.Count > 0 ? $"; attribuite a {string.Join(", ", recipients)}." : "."));
        if (tied.Count > 0)
        {
            explanation.Add(
                $"Parità di punteggio ({Figures.Number(ranked.First(s => s.Id == tied[0]).Score)}) tra {string.Join(", ", tied)} " +
                $"per {left} maggiorazioni residue: il criterio di scelta è stabilito dal CCDI (AMB-5).");
        }

        return new TopPerformerResult(positive.Count, average, supplement, places, recipients, tied, tied.Count > 0 ? left : 0);
    }

    private static void Validate(IReadOnlyList<RatedPremium> staff, decimal supplementPct, decimal quotaPct)
    {
        if (supplementPct < MinimumPct || supplementPct > 100m)
        {
            throw new DomainException(
                $"La maggiorazione deve essere tra il 30 % e il 100 % del premio medio (valore indicato: {Figures.Number(supplementPct)} %).",
                "supplementPct");
        }

        Guard.Percentage(quotaPct, "quotaPct", "Quota di personale destinataria della maggiorazione");
        if (staff is null)
        {
            throw new DomainException("Indicare il personale valutato.", "staff");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < staff.Count; i++)
        {
            Guard.Required(staff[i].Id, $"staff[{i}].id", "Identificativo del dipendente");
            if (!seen.Add(staff[i].Id))
            {
                throw new DomainException($"Il dipendente {staff[i].Id} compare più volte.", $"staff[{i}].id");
            }

            Guard.Percentage(staff[i].Score, $"staff[{i}].score", "Punteggio finale");
            if (staff[i].Premium < 0m)
            {
                throw new DomainException(
                    $"Il premio non può essere negativo (valore indicato: {Figures.Money(staff[i].Premium)}).", $"staff[{i}].premium");
            }
        }
    }
}
