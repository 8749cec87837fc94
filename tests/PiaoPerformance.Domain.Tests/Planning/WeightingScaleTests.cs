using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Planning;

// SPEC §1.12 and §6 Example 5: the S4 pesatura.
public sealed class WeightingScaleTests
{
    private const RatingLevel Alto = RatingLevel.High;
    private const RatingLevel Medio = RatingLevel.Medium;
    private const RatingLevel Basso = RatingLevel.Low;

    [Theory]
    [InlineData(Alto, Alto, Alto, Medio, 18)]
    [InlineData(Alto, Medio, Medio, Medio, 14)]
    [InlineData(Alto, Alto, Alto, Basso, 20)]
    [InlineData(Medio, Basso, Alto, Alto, 10)]
    public void TheDefaultScaleGivesTheEsitiOfExampleFive(RatingLevel importance, RatingLevel impact, RatingLevel complexity,
        RatingLevel feasibility, int score) =>
        WeightingScale.Default.Score(new WeightingGrid(importance, impact, complexity, feasibility)).ShouldBe(score);

    [Fact]
    public void TheDefaultScaleRunsFromFourToTwenty()
    {
        WeightingScale.Default.MinScore.ShouldBe(4);
        WeightingScale.Default.MaxScore.ShouldBe(20);
        WeightingScale.Default.Score(new WeightingGrid(Basso, Basso, Basso, Alto)).ShouldBe(4);
    }

    [Fact]
    public void RealizzabilitaScoresInReverse()
    {
        var easy = WeightingScale.Default.Score(new WeightingGrid(Medio, Medio, Medio, Alto));
        var hard = WeightingScale.Default.Score(new WeightingGrid(Medio, Medio, Medio, Basso));

        hard.ShouldBeGreaterThan(easy);
    }

    [Fact]
    public void AnEnteCanSetItsOwnPoints()
    {
        var scale = WeightingScale.Default with { Importance = new RatingPoints(10, 6, 2) };

        scale.Score(new WeightingGrid(Alto, Alto, Alto, Medio)).ShouldBe(23);
        scale.MaxScore.ShouldBe(25);
    }

    [Fact]
    public void NegativePointsAreRefused() =>
        DomainAssert.Refuses(() => _ = new RatingPoints(5, -1, 1), "scale");

    [Theory]
    [InlineData(18, 4.5)]
    [InlineData(14, 3.5)]
    [InlineData(20, 5)]
    public void TheAbsoluteWeightIsTheEsitoTimesAQuarterContribution(int score, decimal absoluteWeight) =>
        WeightingScale.AbsoluteWeight(score, 25m).ShouldBe(absoluteWeight);

    [Fact]
    public void TheExplanationShowsEachVariableAndTheAbsoluteWeight()
    {
        var explanation = new Explanation();

        var score = WeightingScale.Default.Score(new WeightingGrid(Alto, Alto, Alto, Medio), explanation);
        WeightingScale.AbsoluteWeight(score, 25m, explanation);

        explanation.Lines.ShouldBe([
            "Pesatura: Importanza Alto = 5, Impatto esterno Alto = 5, Complessità Alto = 5, Realizzabilità Medio = 3 → esito 18.",
            "Peso assoluto in capo all'area: esito 18 × contribuzione 25 % = 4,5.",
        ]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.01)]
    public void AContributionOutsideZeroToHundredIsRefused(decimal pct) =>
        DomainAssert.Refuses(() => WeightingScale.AbsoluteWeight(18, pct), "contributionPct");

    [Fact]
    public void ANegativeEsitoIsRefused() =>
        DomainAssert.Refuses(() => WeightingScale.AbsoluteWeight(-1, 25m), "score");
}
