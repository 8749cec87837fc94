using PiaoPerformance.Domain.Evaluation;

namespace PiaoPerformance.Domain.Scoring;

public static partial class SheetCalculator
{
    /// <summary>
    /// SPEC §4.9, S3:1149-1156: disciplinary sanctions cut the total D; cuts of different kinds "si cumulano", by
    /// default adding the percentages (−3 % − 5 % = −8 %), as an option multiplying the factors; the cut never passes
    /// 100 %. <paramref name="cutPct"/> is the total cut (for the multiplied factors, its equivalent).
    /// </summary>
    private static decimal ApplySanctions(
        decimal d,
        SanctionsInput? sanctions,
        EvaluatedRole role,
        EvaluationSystem system,
        SanctionCombination combination,
        Explanation explanation,
        out decimal cutPct)
    {
        cutPct = 0m;
        if (sanctions is null || (sanctions.WrittenReprimand <= 0 && sanctions.Fine <= 0 && sanctions.Suspension <= 0))
        {
            return d;
        }

        if (RoleNames.IsManager(role) && !system.SanctionsApplyToManagers)
        {
            explanation.Add($"Sanzioni disciplinari non applicate al ruolo {RoleNames.Of(role)} secondo il sistema dell'ente (SPEC §4.9).");
            return d;
        }

        var table = system.Sanctions;
        var reprimand = Cut(table.WrittenReprimand, sanctions.WrittenReprimand, "rimprovero scritto", "rimproveri scritti", explanation);
        var fine = Cut(table.Fine, sanctions.Fine, "multa", "multe", explanation);
        var suspension = Cut(table.Suspension, sanctions.Suspension, "sospensione", "sospensioni", explanation);

        if (combination == SanctionCombination.Multiplicative)
        {
            var cut = d * (100m - reprimand) / 100m * (100m - fine) / 100m * (100m - suspension) / 100m;
            var factor = (100m - reprimand) / 100m * (100m - fine) / 100m * (100m - suspension) / 100m;
            cutPct = (1m - factor) * 100m;
            explanation.Add(
                $"Riduzioni cumulate per prodotto (opzione): D = {Show.Score(d)} × {Terms(" × ", 100m, 100m - reprimand, 100m - fine, 100m - suspension)} = {Show.Score(cut)} (SPEC §4.9).");
            return cut;
        }

        var total = reprimand + fine + suspension;
        if (total > 100m)
        {
            explanation.Add($"Riduzioni sommate: {Show.Pct(total)}, limitate al 100 % (SPEC §4.9).");
            total = 100m;
        }

        cutPct = total;
        var cutD = d * (100m - total) / 100m;
        explanation.Add(
            $"Riduzioni cumulate per somma: {Terms(" + ", 0m, reprimand, fine, suspension)} = {Show.Pct(reprimand + fine + suspension)} → D = {Show.Score(d)} × (100 % − {Show.Pct(total)}) = {Show.Score(cutD)} (SPEC §4.9).");
        return cutD;
    }

    /// <summary>The terms of a combination, leaving out the kinds not imposed (a cut of 0, a factor of 100 %).</summary>
    private static string Terms(string separator, decimal neutral, params decimal[] values) =>
        string.Join(separator, values.Where(v => v != neutral).Select(Show.Pct));

    private static decimal Cut(SanctionCuts cuts, int count, string one, string many, Explanation explanation)
    {
        var cut = cuts.For(count);
        if (count > 0)
        {
            explanation.Add($"Sanzione: {count} {(count == 1 ? one : many)} nell'anno → riduzione del {Show.Pct(cut)} (SPEC §4.9).");
        }

        return cut;
    }
}
