using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Sheets;

// SPEC §4.13 (S3:1131): "il valutatore valuta la performance sino alla data di permanenza. La valutazione finale è
// effettuata dal valutatore di riferimento al 31 dicembre acquisendo le valutazioni relative ai precedenti incarichi".
public sealed partial class EvaluationSheet
{
    /// <summary>
    /// Records the behaviour scores an evaluator who left gave for their period (within the year, not overlapping
    /// another partial evaluation), in catalogue order. Only on a draft.
    /// </summary>
    public PartialEvaluation AddPartialEvaluation(Guid evaluatorPersonId, DateOnly from, DateOnly to, IReadOnlyList<int> scores, string? note,
        EvaluationSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        if (State != SheetState.Bozza)
        {
            throw new DomainException("Le valutazioni parziali si registrano solo sulla scheda in bozza.", "state");
        }

        if (evaluatorPersonId == PersonId)
        {
            throw new DomainException("Il valutato non può valutare sé stesso.", "evaluatorPersonId");
        }

        if (from.Year != Year || to.Year != Year)
        {
            throw new DomainException($"Il periodo della valutazione parziale deve cadere nell'anno {Year}.", "from");
        }

        Guard.Period(from, to, "to");
        if (_partials.FirstOrDefault(p => p.From <= to && from <= p.To) is { } other)
        {
            throw new DomainException(
                $"Il periodo si sovrappone alla valutazione parziale dal {Format.Date(other.From)} al {Format.Date(other.To)}.", "from");
        }

        system.For(Role).Catalogue.Total(scores);
        var partial = new PartialEvaluation(MunicipalityId, _partials.Count + 1, evaluatorPersonId, from, to, scores, Guard.Optional(note));
        _partials.Add(partial);
        return partial;
    }

    /// <summary>
    /// The final evaluator combines the partial evaluations with their own scores for the rest of the year
    /// (from <paramref name="finalFrom"/> to 31 December): each item is the average weighted by the days of each
    /// period, rounded half up to an integer because scores are integers (SPEC §3.3 [INF]). The combined scores
    /// become the sheet's; the returned lines explain them.
    /// </summary>
    public IReadOnlyList<string> CombinePartialEvaluations(DateOnly finalFrom, IReadOnlyList<int> finalScores, EvaluationSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        EnsureEditable();
        if (_partials.Count == 0)
        {
            throw new DomainException("Non ci sono valutazioni parziali da combinare.", "partialEvaluations");
        }

        var catalogue = system.For(Role).Catalogue;
        catalogue.Total(finalScores);
        var finalTo = new DateOnly(Year, 12, 31);
        if (finalFrom.Year != Year || _partials.Any(p => p.To >= finalFrom))
        {
            throw new DomainException("Il periodo del valutatore finale deve seguire le valutazioni parziali, nello stesso anno.", "finalFrom");
        }

        var periods = _partials.OrderBy(p => p.From).Select(p => (Days: (decimal)p.Days, Scores: p.ScoreList, Label: $"dal {Format.Date(p.From)} al {Format.Date(p.To)}"))
            .Append((Days: (decimal)(finalTo.DayNumber - finalFrom.DayNumber + 1), Scores: finalScores, Label: $"dal {Format.Date(finalFrom)} al {Format.Date(finalTo)} (valutatore finale)"))
            .ToList();
        var total = periods.Sum(p => p.Days);
        var combined = new int[catalogue.Count];
        var lines = new List<string>
        {
            "Valutazioni parziali combinate dal valutatore finale in proporzione ai giorni di ciascun periodo (SPEC §4.13): " +
            string.Join("; ", periods.Select(p => $"{p.Label}, {p.Days} giorni")) + ".",
        };
        for (var i = 0; i < catalogue.Count; i++)
        {
            var exact = periods.Sum(p => p.Scores[i] * p.Days) / total;
            combined[i] = (int)Math.Round(exact, 0, MidpointRounding.AwayFromZero);
            lines.Add($"{catalogue.Items[i].Display}: {string.Join(" + ", periods.Select(p => $"{p.Scores[i]} × {p.Days}"))} / {total} = {Format.Number(exact)} → {combined[i]}.");
        }

        SetScores(combined, null, system);
        return lines;
    }
}
