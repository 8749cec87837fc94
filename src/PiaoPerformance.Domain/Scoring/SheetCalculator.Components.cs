using PiaoPerformance.Domain.Evaluation;

namespace PiaoPerformance.Domain.Scoring;

public static partial class SheetCalculator
{
    /// <summary>
    /// SPEC §4.17 step 2, §3.2: each objective's achievement (capped at 100, SPEC §2.2) and weighted score
    /// (punteggio ponderale) = achievement × effective weight / 100. Excluded objectives are not measured.
    /// </summary>
    private static ObjectiveResult[] ScoreObjectives(
        IReadOnlyList<ObjectiveInput> inputs, ObjectiveWeights weights, Explanation explanation, out decimal sum)
    {
        var results = new ObjectiveResult[inputs.Count];
        sum = 0m;
        for (var i = 0; i < inputs.Count; i++)
        {
            var objective = inputs[i];
            if (objective.IsExcluded)
            {
                results[i] = new(objective.Id, weights.Original[i], 0m, null, 0m, Excluded: true);
                continue;
            }

            var id = string.IsNullOrWhiteSpace(objective.Id) ? objective.NameAt(i) : objective.Id;
            var pct = objective.ThirdPartyDelay
                ? AchievementEvaluator.ThirdPartyDelay(objective.ThirdPartyDelayReason, explanation, id)
                : AchievementEvaluator.Evaluate(objective.Achievement, explanation, id, i);
            var weight = weights.Effective[i];
            var weighted = pct * weight / 100m;
            explanation.Add(
                $"Obiettivo {id}: punteggio ponderale = {Show.Pct(pct)} × peso {Show.Number(weight)} / 100 = {Show.Score(weighted)}.");
            results[i] = new(objective.Id, weights.Original[i], weight, pct, weighted, Excluded: false);
            sum += weighted;
        }

        return results;
    }

    /// <summary>SPEC §3.2, S3:807: S = Σ weighted scores, "SOMMA MAX 100".</summary>
    private static decimal ObjectivesSum(ObjectiveResult[] objectives, decimal sum, bool nothingToWeigh, Explanation explanation)
    {
        if (nothingToWeigh)
        {
            explanation.Add("S = 0: nessun obiettivo valutabile.");
            return 0m;
        }

        if (explanation.IsEnabled)
        {
            var terms = string.Join(" + ", objectives.Where(o => !o.Excluded).Select(o => Show.Score(o.WeightedScore)));
            explanation.Add($"S = {terms} = {Show.Score(sum)} (somma dei punteggi ponderali, massimo 100; SPEC §3.2).");
        }

        if (sum > 100m)
        {
            explanation.Add($"S limitato a 100 (SOMMA MAX 100, SPEC §2.2).");
            return 100m;
        }

        return sum;
    }

    /// <summary>SPEC §3.2 [AMB-2]: A = ente performance × share A (35 %, 35 %, 30 %, 25 %).</summary>
    private static decimal ComponentA(decimal entePerformance, ComponentShares shares, Explanation explanation)
    {
        var a = entePerformance * shares.A / 100m;
        explanation.Add(
            $"Componente A = {Show.Number(entePerformance)} × {Show.Pct(shares.A)} = {Show.Score(a)} (performance di ente validata dal NIV; SPEC §3.2).");
        return a;
    }

    /// <summary>SPEC §3.2: B = S × share B ("S*25% (B)", "S*40% (B)").</summary>
    private static decimal ComponentB(decimal s, ComponentShares shares, Explanation explanation)
    {
        var b = s * shares.B / 100m;
        explanation.Add($"Componente B = S × {Show.Pct(shares.B)} = {Show.Score(s)} × {Show.Pct(shares.B)} = {Show.Score(b)} (SPEC §3.2).");
        return b;
    }

    /// <summary>SPEC §3.2-3.3: C = the sum of the behaviour scores, integers 0..max per item, in catalogue order.</summary>
    private static decimal ComponentC(IReadOnlyList<int> scores, BehaviourCatalogue catalogue, Explanation explanation)
    {
        var c = catalogue.Total(scores);
        if (explanation.IsEnabled)
        {
            explanation.Add(
                $"Componente C = {string.Join(" + ", scores)} = {c} su {catalogue.Maximum} (comportamenti organizzativi e competenze; SPEC §3.3).");
        }

        return c;
    }

    /// <summary>SPEC §3.2, S3:826: "TOTALE PUNTEGGIO SCHEDA D= (A+B+C)", never above 100 (C's maximum is C's share).</summary>
    private static decimal Total(decimal a, decimal b, decimal c, Explanation explanation)
    {
        var d = a + b + c;
        explanation.Add($"D = A + B + C = {Show.Score(a)} + {Show.Score(b)} + {Show.Score(c)} = {Show.Score(d)} (SPEC §3.2).");
        return d;
    }
}
