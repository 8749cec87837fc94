using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Scoring;

// Bad input is a DomainException whose Field is the request's path, so the API can put the Italian message next to it.
public sealed class SheetValidationTests
{
    private static DomainException Refuses(SheetBuilder sheet, string field) =>
        DomainAssert.Refuses(() => sheet.Score(), field);

    private static DomainException Refuses(SheetInput input, string field) =>
        DomainAssert.Refuses(() => SheetCalculator.Score(input, EvaluationSystem.CassinoDefault, new Explanation()), field);

    [Fact]
    public void WeightsTotallingNinetyNineAreRefused() =>
        Refuses(SheetBuilder.Dipendente().Objective("O1", 50m, 100m).Objective("O2", 49m, 100m), "objectives")
            .Message.ShouldBe("I pesi degli obiettivi devono sommare a 100 (totale indicato: 99).");

    [Fact]
    public void AMixOfSetAndUnsetWeightsIsRefused() =>
        Refuses(SheetBuilder.Dipendente().Objective("O1", 50m, 100m).Objective("O2", 50m, 100m).Objective("O3", null, 100m), "objectives[2].weight");

    [Fact]
    public void ANegativeEntePerformanceIsRefused() =>
        Refuses(SheetBuilder.Dipendente().Ente(-1m), "entePerformance")
            .Message.ShouldBe("Performance di ente: deve essere compreso tra 0 e 100 (valore indicato: -1).");

    [Fact]
    public void AnEntePerformanceAboveHundredIsRefused() =>
        Refuses(SheetBuilder.Dipendente().Ente(100.01m), "entePerformance");

    [Fact]
    public void ABehaviourScoreAboveTheItemMaximumIsRefused() =>
        Refuses(SheetBuilder.Dirigente().Behaviour(5, 5, 5, 6, 5, 5, 5, 5), "behaviourScores[3]");

    [Fact]
    public void TooFewBehaviourScoresAreRefused() =>
        Refuses(SheetBuilder.Eq().Behaviour(5, 5, 5, 5, 5), "behaviourScores");

    [Fact]
    public void TooManyBehaviourScoresAreRefused() =>
        Refuses(SheetBuilder.Eq().Behaviour(5, 5, 5, 5, 5, 5, 5), "behaviourScores");

    [Fact]
    public void MissingBehaviourScoresAreRefused() =>
        Refuses(SheetBuilder.Eq().Build() with { BehaviourScores = null! }, "behaviourScores");

    [Fact]
    public void AServiceEndBeforeItsStartIsRefused() =>
        Refuses(SheetBuilder.Dipendente().Service(new ServiceInput { From = new DateOnly(2024, 5, 1), To = new DateOnly(2024, 4, 1) }), "service.to");

    [Fact]
    public void AnOverrideWithoutAReasonIsRefused() =>
        Refuses(SheetBuilder.Dipendente().Objective(new ObjectiveInput("O1", null, AchievementInput.Direct(60m).WithOverride(90m, " "))),
            "objectives[0].overrideReason");

    [Fact]
    public void ANegativeAchievementIsRefused() =>
        Refuses(SheetBuilder.Dipendente().Objective("O1", 60m, 100m).Objective("O2", 40m, -5m), "objectives[1].achievementPct");

    [Fact]
    public void AnObjectiveWithoutAchievementIsRefused() =>
        Refuses(SheetBuilder.Dipendente().Objective(new ObjectiveInput("O1", null, null)), "objectives[0].achievementPct");

    [Fact]
    public void NoObjectivesAreRefused() =>
        Refuses(SheetBuilder.Dipendente().Build() with { Objectives = [] }, "objectives");

    [Fact]
    public void AnUnknownRoleIsRefused() =>
        Refuses(SheetBuilder.Dipendente().Build() with { Role = (EvaluatedRole)7 }, "role");

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void AYearOutOfRangeIsRefused(int year) =>
        Refuses(SheetBuilder.Dipendente().Year(year), "year");

    [Fact]
    public void ANegativeMaximumIsRefused() =>
        Refuses(SheetBuilder.Dipendente().Pay(-1m), "pay.maximum");

    [Fact]
    public void ANegativeSanctionCountIsRefused() =>
        Refuses(SheetBuilder.Dipendente().Sanctions(fine: -1), "sanctions.fine");

    [Fact]
    public void MessagesNameTheObjective() =>
        Refuses(SheetBuilder.Dipendente().Objective("O1", 70m, 100m).Objective("SO2", 30m, -1m), "objectives[1].achievementPct")
            .Message.ShouldBe("Obiettivo SO2: la percentuale di raggiungimento non può essere negativa (indicata: -1).");
}
