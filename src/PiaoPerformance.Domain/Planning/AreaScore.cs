using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Planning;

/// <summary>One shared objective as an area holds it: its absolute weight and how far the area achieved it (0–100).</summary>
public sealed record AreaObjective(string Id, decimal AbsoluteWeight, decimal AchievementPct);

/// <summary>One indicator of an area's objective: the measured result against the area's own target.</summary>
public sealed record IndicatorOutcome(decimal Result, decimal Target);

/// <summary>An area's result: Σ absolute weights, Σ points (weight × achievement) and the score in percent, unrounded.</summary>
public sealed record AreaScoreResult(decimal TotalAbsoluteWeight, decimal Points, decimal ScorePct);

/// <summary>
/// How an area's absolute weights on the shared objectives become its result (SPEC §1.11 AMB-8 [INF], Example 6):
/// AreaScore = Σ(PesoAssoluto × raggiungimento) / Σ PesoAssoluto.
/// </summary>
public static class AreaScore
{
    /// <summary>SPEC §1.11 AMB-8 [INF]: the absolute-weighted average of the achievements (Example 6: 91,55 %).</summary>
    public static AreaScoreResult Compute(IReadOnlyList<AreaObjective> objectives, Explanation explanation)
    {
        if (objectives is null || objectives.Count == 0)
        {
            throw new DomainException("Indicare almeno un obiettivo dell'area.", "objectives");
        }

        var totalWeight = 0m;
        var points = 0m;
        for (var i = 0; i < objectives.Count; i++)
        {
            var objective = objectives[i];
            if (objective.AbsoluteWeight < 0m)
            {
                throw new DomainException(
                    $"Il peso assoluto non può essere negativo (valore indicato: {Format.Number(objective.AbsoluteWeight)}).",
                    $"objectives[{i}].absoluteWeight");
            }

            Guard.Percentage(objective.AchievementPct, $"objectives[{i}].achievementPct", "Raggiungimento");
            var objectivePoints = objective.AbsoluteWeight * objective.AchievementPct / 100m;
            totalWeight += objective.AbsoluteWeight;
            points += objectivePoints;
            explanation.Add(
                $"Obiettivo {objective.Id}: peso assoluto {Number(objective.AbsoluteWeight)} × raggiungimento " +
                $"{Number(objective.AchievementPct)} % = {Number(objectivePoints)} punti.");
        }

        if (totalWeight == 0m)
        {
            throw new DomainException("La somma dei pesi assoluti dell'area è zero: il risultato non è calcolabile.", "objectives");
        }

        var score = points / totalWeight * 100m;
        explanation.Add(
            $"Risultato dell'area: {Number(points)} / {Number(totalWeight)} = {Number(score)} % (media pesata sui pesi assoluti, SPEC §1.11).");
        return new AreaScoreResult(totalWeight, points, score);
    }

    /// <summary>
    /// SPEC §1.11 [INF] (Example 6): proportional achievement of an indicator, min(result / target, 1), in percent;
    /// a negative result counts as nothing achieved.
    /// </summary>
    public static decimal IndicatorAchievementPct(decimal result, decimal target)
    {
        if (target <= 0m)
        {
            throw new DomainException($"Il valore atteso deve essere positivo (valore indicato: {Format.Number(target)}).", "target");
        }

        return Math.Clamp(result / target, 0m, 1m) * 100m;
    }

    /// <summary>SPEC §1.11 [INF] (Example 6): an objective's achievement as the plain average of its indicators' (equal weights).</summary>
    public static decimal IndicatorsAchievementPct(IReadOnlyList<IndicatorOutcome> indicators)
    {
        if (indicators is null || indicators.Count == 0)
        {
            throw new DomainException("Indicare almeno un indicatore.", "indicators");
        }

        var sum = 0m;
        for (var i = 0; i < indicators.Count; i++)
        {
            if (indicators[i].Target <= 0m)
            {
                throw new DomainException(
                    $"Il valore atteso deve essere positivo (valore indicato: {Format.Number(indicators[i].Target)}).",
                    $"indicators[{i}].target");
            }

            sum += IndicatorAchievementPct(indicators[i].Result, indicators[i].Target);
        }

        return sum / indicators.Count;
    }

    private static string Number(decimal value) => Figures.Number(value);
}
