using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// SPEC §1.12, §2.7-2.9, §4.17 step 1: the weights of one person's objectives. Weights are all set (and total exactly
/// 100) or all unset (equal weights 100/n); a mix is an error. Excluded objectives and optional functions not
/// exercised give their weight to the rest in proportion: w′ = w × 100 / Σ remaining, the original weight kept.
/// </summary>
public static class ObjectiveWeighting
{
    public static ObjectiveWeights Compute(IReadOnlyList<ObjectiveInput>? objectives, Explanation explanation) =>
        Compute(objectives, explanation, sharesOfSum: false);

    /// <summary>
    /// As <see cref="Compute(IReadOnlyList{ObjectiveInput}, Explanation)"/>; with <paramref name="sharesOfSum"/> (SPEC
    /// §4.16, an employee's shares of the CCDI sum, S2:197) the set weights may total less than 100 and are brought to
    /// 100 in proportion for the score S, as an exclusion would be.
    /// </summary>
    public static ObjectiveWeights Compute(IReadOnlyList<ObjectiveInput>? objectives, Explanation explanation, bool sharesOfSum)
    {
        if (objectives is null || objectives.Count == 0)
        {
            throw new DomainException("Indicare almeno un obiettivo.", "objectives");
        }

        var count = objectives.Count;
        var weighted = Validate(objectives, sharesOfSum);
        var equal = weighted == 0;
        var original = new decimal[count];
        var effective = new decimal[count];
        var excludedCount = 0;
        for (var i = 0; i < count; i++)
        {
            excludedCount += objectives[i].IsExcluded ? 1 : 0;
        }

        if (equal)
        {
            EqualWeights(objectives, original, effective, excludedCount, explanation);
            return new(original, effective, EqualWeights: true, NothingToWeigh: excludedCount == count);
        }

        var remaining = ExplicitWeights(objectives, original, sharesOfSum, explanation);
        if (remaining == 0m)
        {
            explanation.Add(excludedCount == count
                ? "Tutti gli obiettivi sono esclusi: i risultati individuali (S) non sono misurabili e la scheda non è valutabile (SPEC §2.7)."
                : "Gli obiettivi non esclusi hanno peso 0: i risultati individuali (S) non sono misurabili e la scheda non è valutabile (SPEC §2.7).");
            return new(original, effective, EqualWeights: false, NothingToWeigh: true);
        }

        Redistribute(objectives, original, effective, remaining, excludedCount, explanation);
        return new(original, effective, EqualWeights: false, NothingToWeigh: false);
    }

    /// <summary>
    /// SPEC §1.12 [PROP]: every weight set or none (a mix is refused, naming the first unset weight), none negative,
    /// and set weights total exactly 100 (excluded objectives included: the plan's weights). Returns how many are set.
    /// </summary>
    private static int Validate(IReadOnlyList<ObjectiveInput> objectives, bool sharesOfSum)
    {
        var weighted = 0;
        var firstUnset = -1;
        var total = 0m;
        HashSet<string>? ids = objectives.Count > 8 ? new(StringComparer.Ordinal) : null;
        for (var i = 0; i < objectives.Count; i++)
        {
            var objective = objectives[i] ?? throw new DomainException($"Obiettivo n. {i + 1} mancante.", $"objectives[{i}]");
            if (!string.IsNullOrWhiteSpace(objective.Id) && IsDuplicate(objectives, i, ids))
            {
                throw new DomainException($"Il codice obiettivo «{objective.Id}» è ripetuto.", $"objectives[{i}].id");
            }

            if (objective.Weight is { } weight)
            {
                if (weight < 0m || weight > 100m)
                {
                    throw new DomainException(
                        $"Obiettivo {objective.NameAt(i)}: il peso deve essere compreso tra 0 e 100 (indicato: {Show.Number(weight)}).",
                        $"objectives[{i}].weight");
                }

                weighted++;
                total += weight;
            }
            else if (firstUnset < 0)
            {
                firstUnset = i;
            }
        }

        if (weighted > 0 && firstUnset >= 0)
        {
            throw new DomainException(
                $"Obiettivo {objectives[firstUnset].NameAt(firstUnset)}: peso mancante. Indicare il peso di tutti gli obiettivi oppure di nessuno (ripartizione lineare).",
                $"objectives[{firstUnset}].weight");
        }

        if (sharesOfSum && total > 100m)
        {
            throw new DomainException(
                $"Le quote della somma destinata alla performance organizzativa non possono superare 100 (totale indicato: {Show.Number(total)}).", "objectives");
        }

        if (!sharesOfSum && weighted > 0 && total != 100m)
        {
            throw new DomainException(
                $"I pesi degli obiettivi devono sommare a 100 (totale indicato: {Show.Number(total)}).", "objectives");
        }

        return weighted;
    }

    /// <summary>
    /// SPEC §2.9, S3:521, §4.17 step 1: no weight set → "ripartizione lineare", 100/n each as planned; exclusions come
    /// first, so the objectives left share 100 equally (the same as reweighting 100/n in proportion).
    /// </summary>
    private static void EqualWeights(
        IReadOnlyList<ObjectiveInput> objectives, decimal[] original, decimal[] effective, int excludedCount, Explanation explanation)
    {
        var count = objectives.Count;
        Array.Fill(original, 100m / count);
        if (excludedCount == 0)
        {
            Array.Copy(original, effective, count);
            explanation.Add($"Pesi non indicati: ripartizione lineare, 100/{count} = {Show.Number(original[0])} per ciascun obiettivo (SPEC §2.9).");
            return;
        }

        for (var i = 0; i < count; i++)
        {
            var objective = objectives[i];
            if (objective.IsExcluded)
            {
                explanation.Add($"Obiettivo {objective.NameAt(i)} escluso{Why(objective)}: non concorre alla ripartizione dei pesi (SPEC §2.7).");
            }
        }

        if (excludedCount == count)
        {
            explanation.Add("Tutti gli obiettivi sono esclusi: i risultati individuali (S) non sono misurabili e la scheda non è valutabile (SPEC §2.7).");
            return;
        }

        var left = count - excludedCount;
        var share = 100m / left;
        for (var i = 0; i < count; i++)
        {
            effective[i] = objectives[i].IsExcluded ? 0m : share;
        }

        explanation.Add(
            $"Pesi non indicati: ripartizione lineare sui {left} obiettivi non esclusi, 100/{left} = {Show.Number(share)} ciascuno (SPEC §2.9).");
    }

    /// <summary>SPEC §1.12: direct percentage weights, total 100 ("PESO … =100", S3:804-807); returns Σ of those not excluded.</summary>
    private static decimal ExplicitWeights(IReadOnlyList<ObjectiveInput> objectives, decimal[] original, bool sharesOfSum, Explanation explanation)
    {
        var remaining = 0m;
        for (var i = 0; i < original.Length; i++)
        {
            original[i] = objectives[i].Weight!.Value;
            remaining += objectives[i].IsExcluded ? 0m : original[i];
        }

        if (sharesOfSum)
        {
            explanation.Add(
                $"Quote della somma destinata alla performance organizzativa: totale {Show.Number(original.Sum())}; per il punteggio S sono riportate a 100 in proporzione (SPEC §4.16).");
        }
        else
        {
            explanation.Add("Pesi degli obiettivi indicati: totale 100 (SPEC §1.12).");
        }

        return remaining;
    }

    /// <summary>
    /// SPEC §2.7 (S0:623) and §2.8 (S0:606): the weight of an excluded objective, or of an optional function not
    /// exercised, goes to the others in proportion: w′ = w × 100 / Σ remaining.
    /// </summary>
    private static void Redistribute(
        IReadOnlyList<ObjectiveInput> objectives, decimal[] original, decimal[] effective, decimal remaining, int excludedCount, Explanation explanation)
    {
        if (excludedCount == 0 && remaining == 100m)
        {
            Array.Copy(original, effective, original.Length);
            return;
        }

        for (var i = 0; i < objectives.Count; i++)
        {
            var objective = objectives[i];
            if (!objective.IsExcluded)
            {
                effective[i] = original[i] * 100m / remaining;
                continue;
            }

            explanation.Add(
                $"Obiettivo {objective.NameAt(i)} escluso{Why(objective)}: peso {Show.Number(original[i])} ridistribuito proporzionalmente sugli altri (× 100/{Show.Number(remaining)}) (SPEC §2.7).");
        }

        for (var i = 0; i < objectives.Count; i++)
        {
            if (!objectives[i].IsExcluded)
            {
                explanation.Add(
                    $"Obiettivo {objectives[i].NameAt(i)}: peso {Show.Number(original[i])} × 100/{Show.Number(remaining)} = {Show.Number(effective[i])}.");
            }
        }
    }

    private static string Why(ObjectiveInput objective) =>
        objective.ContingentNotExercised ? " (funzione eventuale non esercitata, SPEC §2.8)"
        : string.IsNullOrWhiteSpace(objective.ExclusionReason) ? ""
        : $" ({objective.ExclusionReason.Trim()})";

    private static bool IsDuplicate(IReadOnlyList<ObjectiveInput> objectives, int index, HashSet<string>? seen)
    {
        var id = objectives[index].Id;
        if (seen is not null)
        {
            return !seen.Add(id);
        }

        for (var j = 0; j < index; j++)
        {
            if (string.Equals(objectives[j].Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
