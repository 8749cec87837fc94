using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Rewards;

/// <summary>
/// Splitting the performance fund of the CCDI across units "in proporzione al numero dei dipendenti assegnati allo
/// stesso al 1° gennaio ed alle rispettive aree di inquadramento" (SPEC §4.7, S3:1094, Example 7).
/// </summary>
public static class FundSplit
{
    /// <summary>
    /// SPEC §4.7: UnitPot = Fund × Σ(coefficient of the unit's staff) / Σ(coefficient of all staff). The pots are
    /// computed unrounded and rounded to cents at the end (§4.17), and the rounding remainder goes to the largest pot
    /// (Example 7: € 50.000,00 → € 28.415,99 and € 21.584,01), so the pots always total the fund.
    /// </summary>
    public static FundSplitResult Split(decimal fund, IReadOnlyList<UnitHeadcount> units, ClassificationCoefficients coefficients,
        Explanation explanation)
    {
        Validate(fund, units, coefficients);

        var weighted = new decimal[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            weighted[i] = WeightedUnits(units[i].Staff, coefficients, units[i].Id, explanation);
        }

        var totalWeighted = weighted.Sum();
        if (totalWeighted == 0m)
        {
            throw new DomainException("Nessun dipendente nelle unità indicate: il fondo non è ripartibile.", "units");
        }

        explanation.Add($"Totale unità pesate: {Figures.Number(totalWeighted)}.");

        var exact = new decimal[units.Count];
        var amounts = new decimal[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            exact[i] = fund * weighted[i] / totalWeighted;
            amounts[i] = RewardAmount.ToCents(exact[i]);
            explanation.Add(
                $"Unità {units[i].Id}: {Figures.Money(fund)} × {Figures.Number(weighted[i])} / {Figures.Number(totalWeighted)} = " +
                $"{Figures.Money(amounts[i])} (valore esatto {Figures.Number(exact[i])}).");
        }

        AssignRemainder(fund, units, exact, amounts, explanation);

        var pots = units.Select((unit, i) => new UnitPot(unit.Id, weighted[i], amounts[i])).ToList();
        return new FundSplitResult(pots, totalWeighted, amounts.Sum());
    }

    /// <summary>SPEC §4.7: a unit's weighted units, Σ head-count × coefficient of its area (Example 7: A = 11,23).</summary>
    public static decimal WeightedUnits(IReadOnlyDictionary<ClassificationArea, int> staff, ClassificationCoefficients coefficients) =>
        staff.Sum(pair => pair.Value * coefficients.For(pair.Key));

    private static decimal WeightedUnits(IReadOnlyDictionary<ClassificationArea, int> staff, ClassificationCoefficients coefficients,
        string unitId, Explanation explanation)
    {
        var weighted = WeightedUnits(staff, coefficients);
        if (!explanation.IsEnabled)
        {
            return weighted;
        }

        var terms = staff.Where(pair => pair.Value > 0).OrderBy(pair => pair.Key)
            .Select(pair => $"{ClassificationCoefficients.Label(pair.Key)} {pair.Value} × {Figures.Coefficient(coefficients.For(pair.Key))}")
            .ToList();
        explanation.Add(terms.Count == 0
            ? $"Unità {unitId}: nessun dipendente al 1° gennaio → 0 unità pesate."
            : $"Unità {unitId}: {string.Join(" + ", terms)} = {Figures.Number(weighted)} unità pesate.");
        return weighted;
    }

    // The remainder is a few cents at most. A positive one goes to the largest pot, as Example 7 says; a negative one
    // is taken from the largest pot too, and only when that pot is too small (tiny funds over many units) from the
    // next largest, so that no pot goes below zero.
    private static void AssignRemainder(decimal fund, IReadOnlyList<UnitHeadcount> units, decimal[] exact, decimal[] amounts,
        Explanation explanation)
    {
        var remainder = fund - amounts.Sum();
        if (remainder == 0m)
        {
            explanation.Add($"Somma delle quote arrotondate ai centesimi: {Figures.Money(fund)}, pari al fondo; nessun resto.");
            return;
        }

        var bySize = Enumerable.Range(0, units.Count).OrderByDescending(i => exact[i]).ThenBy(i => i).ToList();
        if (remainder > 0m)
        {
            amounts[bySize[0]] += remainder;
            explanation.Add(
                $"Resto dell'arrotondamento ai centesimi: {Figures.Money(remainder)} assegnato alla quota più grande " +
                $"(unità {units[bySize[0]].Id}: {Figures.Money(amounts[bySize[0]])}).");
            return;
        }

        var toTake = -remainder;
        foreach (var i in bySize)
        {
            var taken = Math.Min(toTake, amounts[i]);
            if (taken == 0m)
            {
                continue;
            }

            amounts[i] -= taken;
            toTake -= taken;
            explanation.Add(
                $"Resto dell'arrotondamento ai centesimi: {Figures.Money(-taken)} tolto alla quota più grande disponibile " +
                $"(unità {units[i].Id}: {Figures.Money(amounts[i])}).");
            if (toTake == 0m)
            {
                break;
            }
        }
    }

    private static void Validate(decimal fund, IReadOnlyList<UnitHeadcount> units, ClassificationCoefficients coefficients)
    {
        if (fund < 0m)
        {
            throw new DomainException($"Il fondo non può essere negativo (valore indicato: {Figures.Money(fund)}).", "fund");
        }

        if (fund != RewardAmount.ToCents(fund))
        {
            throw new DomainException($"Il fondo va indicato in euro e centesimi (valore indicato: {Figures.Number(fund)}).", "fund");
        }

        if (coefficients is null)
        {
            throw new DomainException("Indicare i coefficienti delle aree di inquadramento.", "coefficients");
        }

        if (units is null || units.Count == 0)
        {
            throw new DomainException("Indicare almeno un'unità a cui ripartire il fondo.", "units");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (string.IsNullOrWhiteSpace(unit?.Id))
            {
                throw new DomainException("Identificativo dell'unità: campo obbligatorio.", $"units[{i}].id");
            }

            if (!seen.Add(unit.Id))
            {
                throw new DomainException($"L'unità {unit.Id} compare più volte.", $"units[{i}].id");
            }

            if (unit.Staff is null)
            {
                throw new DomainException($"Unità {unit.Id}: indicare il personale al 1° gennaio.", $"units[{i}].staff");
            }

            foreach (var (area, count) in unit.Staff)
            {
                if (!Enum.IsDefined(area))
                {
                    throw new DomainException($"Unità {unit.Id}: area di inquadramento sconosciuta.", $"units[{i}].staff");
                }

                if (count < 0)
                {
                    throw new DomainException(
                        $"Unità {unit.Id}: il numero di {ClassificationCoefficients.Label(area)} non può essere negativo (valore indicato: {count}).",
                        $"units[{i}].staff");
                }
            }
        }
    }
}
