using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Planning;

// SPEC §1.11 AMB-8 [INF] and §6 Example 6: area AMMINISTRATIVO on the shared objectives a, b, d of S4.
public sealed class AreaScoreTests
{
    [Fact]
    public void ObjectiveAIsTheAverageOfItsThreeProportionalIndicators()
    {
        AreaScore.IndicatorAchievementPct(85m, 91m).ShouldBe(93.4066m, 0.0001m);

        var achievement = AreaScore.IndicatorsAchievementPct([new(95m, 95m), new(85m, 91m), new(1m, 1m)]);

        achievement.ShouldBe(97.8022m, 0.0001m);
    }

    [Fact]
    public void TheAreaScoreOfExampleSixIsNinetyOnePointFiftyFive()
    {
        var a = AreaScore.IndicatorsAchievementPct([new(95m, 95m), new(85m, 91m), new(1m, 1m)]);

        var result = AreaScore.Compute([new("a", 4.5m, a), new("b", 3.5m, 100m), new("d", 5.0m, 80m)], Explanation.Disabled);

        result.TotalAbsoluteWeight.ShouldBe(13m);
        result.Points.ShouldBe(11.901099m, 0.000001m);
        Math.Round(result.ScorePct, 2).ShouldBe(91.55m);
    }

    [Fact]
    public void AResultAboveTargetCountsAsFullAchievement() =>
        AreaScore.IndicatorAchievementPct(120m, 100m).ShouldBe(100m);

    [Fact]
    public void TheExplanationShowsThePointsOfEachObjective()
    {
        var explanation = new Explanation();

        AreaScore.Compute([new("b", 3.5m, 100m), new("d", 5.0m, 80m)], explanation);

        explanation.Lines.ShouldBe([
            "Obiettivo b: peso assoluto 3,5 × raggiungimento 100 % = 3,5 punti.",
            "Obiettivo d: peso assoluto 5 × raggiungimento 80 % = 4 punti.",
            "Risultato dell'area: 7,5 / 8,5 = 88,235294 % (media pesata sui pesi assoluti, SPEC §1.11).",
        ]);
    }

    [Fact]
    public void AZeroTargetIsRefused() =>
        DomainAssert.Refuses(() => AreaScore.IndicatorsAchievementPct([new(1m, 1m), new(5m, 0m)]), "indicators[1].target");

    [Fact]
    public void AnAreaWithNoWeightIsRefused() =>
        DomainAssert.Refuses(() => AreaScore.Compute([new("a", 0m, 100m)], Explanation.Disabled), "objectives");

    [Fact]
    public void AnAchievementAboveHundredIsRefused() =>
        DomainAssert.Refuses(() => AreaScore.Compute([new("a", 4.5m, 101m)], Explanation.Disabled), "objectives[0].achievementPct");
}
