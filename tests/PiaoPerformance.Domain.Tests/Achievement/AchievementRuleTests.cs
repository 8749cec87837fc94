using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Achievement;

public sealed class AchievementRuleTests
{
    [Fact]
    public void ANumericThresholdWithoutBoundsIsRefused()
    {
        var error = DomainAssert.Refuses(
            () => _ = new AchievementRule(AchievementRuleKind.NumericThreshold,
                [new AchievementStep("Attivazione di almeno il 75% delle procedure", 100m, 75m), new AchievementStep("Attivazione inferiore", 50m)]),
            "Steps");

        error.Message.ShouldBe("Una regola a soglie richiede per ogni livello la soglia minima.");
    }

    [Fact]
    public void ANumericThresholdWithoutStepsIsRefused() =>
        DomainAssert.Refuses(() => _ = new AchievementRule(AchievementRuleKind.NumericThreshold, []), "Steps");

    [Fact]
    public void AMilestoneRuleWithoutStepsIsRefused()
    {
        var error = DomainAssert.Refuses(() => _ = new AchievementRule(AchievementRuleKind.Milestone, []), "Steps");

        error.Message.ShouldBe("Una regola a traguardi richiede almeno un livello.");
    }

    [Fact]
    public void NumericThresholdsAreKeptBestFirst()
    {
        // Settore IV obj. 5 (S0:283): 75% → 100, down to 40% → 50, below 40% → 0.
        var rule = new AchievementRule(AchievementRuleKind.NumericThreshold,
            [new AchievementStep("fino al 40%", 50m, 40m), new AchievementStep("inferiori al 40%", 0m, 0m), new AchievementStep("almeno il 75%", 100m, 75m)],
            " % ");

        rule.Steps.Select(s => (s.LowerBound, s.AchievementPct)).ShouldBe([(75m, 100m), (40m, 50m), (0m, 0m)]);
        rule.MeasureUnit.ShouldBe("%");
    }

    [Fact]
    public void AStepWorthMoreThanHundredPercentIsRefused() =>
        DomainAssert.Refuses(() => _ = new AchievementRule(AchievementRuleKind.Milestone, [new AchievementStep("Approvazione", 120m)]), "Steps");

    [Fact]
    public void AStepWithoutALabelIsRefused() =>
        DomainAssert.Refuses(() => _ = new AchievementRule(AchievementRuleKind.Binary, [new AchievementStep(" ", 100m)]), "Steps");

    [Fact]
    public void AProportionalRuleNeedsNoSteps() =>
        new AchievementRule(AchievementRuleKind.Proportional, []).Steps.ShouldBeEmpty();
}
