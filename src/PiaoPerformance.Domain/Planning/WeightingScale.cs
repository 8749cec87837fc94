using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Planning;

/// <summary>
/// The ente's scale for the pesatura of an objective (S4:24-28): points per variable and rating, summed into the
/// "Esito Pesatura" (SPEC §1.12, Example 5). Configurable per ente (AMB-7); <see cref="Default"/> is the scale
/// rebuilt from S4.
/// </summary>
public sealed record WeightingScale(
    RatingPoints Importance,
    RatingPoints ExternalImpact,
    RatingPoints Complexity,
    RatingPoints Feasibility)
{
    /// <summary>SPEC §1.12 [INF]: 5/3/1 on Importanza, Impatto esterno, Complessità; Realizzabilità reversed 1/3/5; range 4–20.</summary>
    public static WeightingScale Default { get; } =
        new(RatingPoints.Direct, RatingPoints.Direct, RatingPoints.Direct, RatingPoints.Reversed);

    /// <summary>SPEC §1.12: Esito Pesatura = the sum of the four variables' points (Example 5: a = 18, b = 14, d = 20).</summary>
    public int Score(WeightingGrid grid) =>
        Importance.For(grid.Importance) + ExternalImpact.For(grid.ExternalImpact)
        + Complexity.For(grid.Complexity) + Feasibility.For(grid.Feasibility);

    /// <inheritdoc cref="Score(WeightingGrid)"/>
    public int Score(WeightingGrid grid, Explanation explanation)
    {
        var score = Score(grid);
        explanation.Add(
            $"Pesatura: Importanza {RatingPoints.Label(grid.Importance)} = {Importance.For(grid.Importance)}, " +
            $"Impatto esterno {RatingPoints.Label(grid.ExternalImpact)} = {ExternalImpact.For(grid.ExternalImpact)}, " +
            $"Complessità {RatingPoints.Label(grid.Complexity)} = {Complexity.For(grid.Complexity)}, " +
            $"Realizzabilità {RatingPoints.Label(grid.Feasibility)} = {Feasibility.For(grid.Feasibility)} → esito {score}.");
        return score;
    }

    /// <summary>The lowest and highest Esito this scale can give (4 and 20 with the default).</summary>
    public int MinScore => Min(Importance) + Min(ExternalImpact) + Min(Complexity) + Min(Feasibility);

    public int MaxScore => Max(Importance) + Max(ExternalImpact) + Max(Complexity) + Max(Feasibility);

    /// <summary>
    /// SPEC §1.11 [INF, checked]: PesoAssoluto in capo all'Area = EsitoPesatura × % di contribuzione
    /// (18 × 25 % = 4,5; 14 × 25 % = 3,5; 20 × 25 % = 5, S4:33, S4:67, S4:102).
    /// </summary>
    public static decimal AbsoluteWeight(decimal score, decimal contributionPct)
    {
        if (score < 0m)
        {
            throw new DomainException($"L'esito della pesatura non può essere negativo (valore indicato: {Format.Number(score)}).", "score");
        }

        Guard.Percentage(contributionPct, "contributionPct", "Percentuale di contribuzione");
        return score * contributionPct / 100m;
    }

    /// <inheritdoc cref="AbsoluteWeight(decimal, decimal)"/>
    public static decimal AbsoluteWeight(decimal score, decimal contributionPct, Explanation explanation)
    {
        var weight = AbsoluteWeight(score, contributionPct);
        explanation.Add(
            $"Peso assoluto in capo all'area: esito {Format.Number(score)} × contribuzione {Format.Number(contributionPct)} % = {Format.Number(weight)}.");
        return weight;
    }

    private static int Min(RatingPoints points) => Math.Min(points.High, Math.Min(points.Medium, points.Low));

    private static int Max(RatingPoints points) => Math.Max(points.High, Math.Max(points.Medium, points.Low));
}
