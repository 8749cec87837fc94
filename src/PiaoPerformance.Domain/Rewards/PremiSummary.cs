using PiaoPerformance.Domain.Evaluation;

namespace PiaoPerformance.Domain.Rewards;

/// <summary>One evaluated person's outcome as the premi publication counts it: role, band (null: not evaluable) and pay.</summary>
public sealed record PremiEntry(EvaluatedRole Role, string? BandLabel, decimal? BandPayPct, decimal? Pay);

/// <summary>One line of the publication: a role category and a band, how many people and how much money.</summary>
public sealed record PremiBandRow(EvaluatedRole Role, string BandLabel, decimal? BandPayPct, int People, decimal Money);

/// <summary>
/// A role category's totals and its degree of differentiation: the share of people in the most crowded band
/// (<see cref="LargestBandSharePct"/>) and <see cref="DifferentiationPct"/> = 100 − that share.
/// </summary>
public sealed record PremiRoleTotal(EvaluatedRole Role, int People, decimal Money, int BandsUsed, decimal LargestBandSharePct, decimal DifferentiationPct);

/// <summary>The "dati relativi ai premi" of a year: rows by role and band, totals by role, grand totals.</summary>
public sealed record PremiSummaryResult(IReadOnlyList<PremiBandRow> Rows, IReadOnlyList<PremiRoleTotal> Roles, int People, decimal Money);

/// <summary>
/// The data on premi an ente publishes (d.lgs. 33/2013 art. 20, d.lgs. 150/2009 art. 19): the distribution of the
/// premi by band, per role category, and the degree of differentiation (docs/scoring.md, "Dati relativi ai premi").
/// </summary>
public static class PremiSummary
{
    /// <summary>The label under which people without a band (not evaluable) are counted.</summary>
    public const string NotEvaluable = "Non valutabile";

    /// <summary>
    /// Counts people and sums money per role and band (bands from the highest paying down, "Non valutabile" last).
    /// A role's degree of differentiation is 100 − the percentage of its people in its most crowded band: 0 when
    /// everybody shares one band, growing as the judgements spread over more bands. Percentages are rounded to two
    /// decimals (the published figure); money is summed in cents as paid.
    /// </summary>
    public static PremiSummaryResult Summarise(IEnumerable<PremiEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        var rows = list
            .GroupBy(e => (e.Role, Label: e.BandLabel ?? NotEvaluable))
            .Select(g => new PremiBandRow(g.Key.Role, g.Key.Label, g.Key.Label == NotEvaluable ? null : g.Max(e => e.BandPayPct), g.Count(), g.Sum(e => e.Pay ?? 0m)))
            .OrderBy(r => r.Role)
            .ThenBy(r => r.BandPayPct is null)
            .ThenByDescending(r => r.BandPayPct)
            .ThenBy(r => r.BandLabel, StringComparer.Ordinal)
            .ToList();
        var roles = rows.GroupBy(r => r.Role)
            .Select(g =>
            {
                var people = g.Sum(r => r.People);
                var largest = Percent(g.Max(r => r.People), people);
                return new PremiRoleTotal(g.Key, people, g.Sum(r => r.Money), g.Count(), largest, 100m - largest);
            })
            .ToList();
        return new PremiSummaryResult(rows, roles, list.Count, rows.Sum(r => r.Money));
    }

    private static decimal Percent(int part, int whole) =>
        whole == 0 ? 0m : Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero);
}
