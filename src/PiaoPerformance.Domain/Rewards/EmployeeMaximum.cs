using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Rewards;

/// <summary>
/// The largest incentive an employee of a unit can earn, before bands and proration (SPEC §4.7 [PROP], AMB-14): the
/// unit's pot shared by the coefficients of its staff.
/// </summary>
public static class EmployeeMaximum
{
    /// <summary>
    /// SPEC §4.7 [PROP]: maximum = UnitPot × coefficient of the employee's area / Σ coefficients in the unit
    /// (Example 7: an Istruttore in A, € 28.415,99 × 1,19 / 11,23 = € 3.011,13).
    /// </summary>
    public static RewardAmount Compute(decimal unitPot, IReadOnlyDictionary<ClassificationArea, int> unitStaff, ClassificationArea area,
        ClassificationCoefficients coefficients, Explanation explanation)
    {
        if (unitPot < 0m)
        {
            throw new DomainException($"La quota dell'unità non può essere negativa (valore indicato: {Figures.Money(unitPot)}).", "unitPot");
        }

        if (coefficients is null)
        {
            throw new DomainException("Indicare i coefficienti delle aree di inquadramento.", "coefficients");
        }

        if (unitStaff is null || unitStaff.Values.Any(count => count < 0))
        {
            throw new DomainException("Il personale dell'unità non può contare valori negativi.", "staff");
        }

        if (!unitStaff.TryGetValue(area, out var count) || count == 0)
        {
            throw new DomainException(
                $"L'unità non ha dipendenti dell'area {ClassificationCoefficients.Label(area)} al 1° gennaio.", "area");
        }

        var weightedUnits = FundSplit.WeightedUnits(unitStaff, coefficients);
        var coefficient = coefficients.For(area);
        var maximum = RewardAmount.Of(unitPot * coefficient / weightedUnits);
        explanation.Add(
            $"Importo massimo individuale ({ClassificationCoefficients.Label(area)}): {Figures.Money(unitPot)} × {Figures.Coefficient(coefficient)} / " +
            $"{Figures.Number(weightedUnits)} unità pesate dell'unità = {Figures.Money(maximum.Amount)} (SPEC §4.7).");
        return maximum;
    }
}
