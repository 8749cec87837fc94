using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Scoring;

public sealed class AchievementEvaluatorTests
{
    // Settore IV obj. 5 (S0:283): ≥ 75 → 100, down to and including 40 → 50, below 40 → 0.
    private static readonly AchievementRule Recruitment = new(AchievementRuleKind.NumericThreshold,
    [
        new("Attivazione di almeno il 75% delle procedure", 100m, 75m),
        new("Attivazione di percentuali inferiori e fino al 40%", 50m, 40m),
        new("Attivazione di percentuali inferiori al 40%", 0m, 0m),
    ], "%");

    // Settore I obj. 4 (S0:70): no step for zero initiatives.
    private static readonly AchievementRule Initiatives = new(AchievementRuleKind.NumericThreshold,
        [new("almeno n. 2 iniziative annue", 100m, 2m), new("almeno n. 1 iniziativa annua", 50m, 1m)], "iniziative");

    private static readonly AchievementRule Regulation = new(AchievementRuleKind.Milestone,
        [new("Approvazione del regolamento", 100m), new("Predisposizione bozza e proposta di deliberazione", 50m)]);

    private static decimal Evaluate(AchievementInput input) => AchievementEvaluator.Evaluate(input, Explanation.Disabled, "O1", 0);

    [Theory]
    [InlineData(100, 100)]
    [InlineData(75, 100)]
    [InlineData(74.99, 50)]
    [InlineData(40, 50)]
    [InlineData(39.99, 0)]
    [InlineData(0, 0)]
    public void ThresholdLowerBoundsAreInclusive(decimal measured, decimal expected) =>
        Evaluate(AchievementInput.Threshold(Recruitment, measured)).ShouldBe(expected);

    [Fact]
    public void AValueBelowEveryThresholdIsWorthNothing()
    {
        var explanation = new Explanation();

        AchievementEvaluator.Evaluate(AchievementInput.Threshold(Initiatives, 0m), explanation, "SO1").ShouldBe(0m);

        explanation.Lines.ShouldBe(["Obiettivo SO1: valore rilevato 0 iniziative, sotto ogni soglia (la minima è 1) → 0 % (SPEC §2.3)."]);
    }

    [Fact]
    public void AThresholdExplainsTheStepReached()
    {
        var explanation = new Explanation();

        AchievementEvaluator.Evaluate(AchievementInput.Threshold(Recruitment, 40m), explanation, "IV.5");

        explanation.Lines.ShouldBe(
            ["Obiettivo IV.5: valore rilevato 40 % ≥ soglia 40 («Attivazione di percentuali inferiori e fino al 40%») → 50 % (SPEC §2.3)."]);
    }

    [Fact]
    public void AThresholdWithoutAMeasuredValueIsRefused() =>
        DomainAssert.Refuses(() => Evaluate(new AchievementInput { Rule = Recruitment }), "objectives[0].measuredValue");

    [Fact]
    public void AMilestoneIsFoundByItsLabelWhateverTheCase() =>
        Evaluate(AchievementInput.Milestone(Regulation, "  predisposizione BOZZA e proposta di deliberazione ")).ShouldBe(50m);

    [Fact]
    public void AMilestoneIsFoundByItsPositionBestFirst() =>
        Evaluate(new AchievementInput { Rule = Regulation, ReachedStepIndex = 0 }).ShouldBe(100m);

    [Fact]
    public void NoMilestoneReachedIsWorthNothing() =>
        Evaluate(AchievementInput.Milestone(Regulation, null)).ShouldBe(0m);

    [Fact]
    public void AnUnknownMilestoneIsRefused()
    {
        var error = DomainAssert.Refuses(() => Evaluate(AchievementInput.Milestone(Regulation, "Avvio")), "objectives[0].reachedStep");

        error.Message.ShouldContain("«Avvio»");
    }

    [Fact]
    public void AMilestonePositionOutOfRangeIsRefused() =>
        DomainAssert.Refuses(() => Evaluate(new AchievementInput { Rule = Regulation, ReachedStepIndex = 2 }), "objectives[0].reachedStepIndex");

    [Theory]
    [InlineData(90, 100, 90)]
    [InlineData(120, 100, 100)]
    [InlineData(100, 100, 100)]
    [InlineData(-5, 100, 0)]
    [InlineData(0, 0, 100)]
    [InlineData(-1, 0, 0)]
    public void ProportionalHigherIsBetterIsTheRatioCappedAtHundred(decimal measured, decimal target, decimal expected) =>
        Evaluate(AchievementInput.Proportional(measured, target)).ShouldBe(expected);

    [Theory]
    [InlineData(40, 30, 75)]
    [InlineData(30, 30, 100)]
    [InlineData(10, 30, 100)]
    [InlineData(0, 30, 100)]
    [InlineData(-3, 0, 100)]
    [InlineData(12, 0, 0)]
    [InlineData(5, -2, 0)]
    public void ProportionalLowerIsBetterIsTargetOverMeasuredAndFullWhenWithinTarget(decimal measured, decimal target, decimal expected) =>
        Evaluate(AchievementInput.Proportional(measured, target, Polarity.LowerIsBetter)).ShouldBe(expected);

    [Fact]
    public void AProportionalRuleWithoutATargetIsRefused() =>
        DomainAssert.Refuses(
            () => Evaluate(new AchievementInput { Rule = new AchievementRule(AchievementRuleKind.Proportional, []), MeasuredValue = 3m }),
            "objectives[0].rule.target");

    [Theory]
    [InlineData(true, 100)]
    [InlineData(false, 0)]
    public void BinaryIsAllOrNothing(bool reached, decimal expected) =>
        Evaluate(AchievementInput.Binary(reached)).ShouldBe(expected);

    [Fact]
    public void ABinaryRuleWithNothingRecordedIsNotReached() =>
        Evaluate(new AchievementInput { Rule = new AchievementRule(AchievementRuleKind.Binary, []) }).ShouldBe(0m);

    [Fact]
    public void ADirectPercentageAboveHundredIsCapped()
    {
        var explanation = new Explanation();

        AchievementEvaluator.Evaluate(AchievementInput.Direct(120m), explanation, "O1").ShouldBe(100m);

        explanation.Lines.ShouldBe(["Obiettivo O1: raggiungimento indicato 120 %, limitato a 100 % (SPEC §2.2)."]);
    }

    [Fact]
    public void ANegativeDirectPercentageIsRefused() =>
        DomainAssert.Refuses(() => Evaluate(AchievementInput.Direct(-1m)), "objectives[0].achievementPct");

    [Fact]
    public void AnObjectiveWithoutAnyAchievementIsRefused() =>
        DomainAssert.Refuses(() => AchievementEvaluator.Evaluate(null, Explanation.Disabled, "O1", 3), "objectives[3].achievementPct");

    [Fact]
    public void APercentageAndARuleTogetherAreRefused() =>
        DomainAssert.Refuses(() => Evaluate(new AchievementInput { Pct = 50m, Rule = Regulation }), "objectives[0].achievementPct");

    [Fact]
    public void TheNivOverrideReplacesTheRuleAndKeepsItsReason()
    {
        var explanation = new Explanation();

        AchievementEvaluator.Evaluate(AchievementInput.Milestone(Regulation, "Predisposizione bozza e proposta di deliberazione")
            .WithOverride(70m, "Bozza completa, approvazione rinviata dal Consiglio"), explanation, "P.L.4").ShouldBe(70m);

        explanation.Lines[^1].ShouldBe(
            "Obiettivo P.L.4: il NIV attribuisce 70 % in luogo di 50 % (SPEC §2.4). Motivazione: «Bozza completa, approvazione rinviata dal Consiglio».");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AnOverrideWithoutAReasonIsRefused(string? reason) =>
        DomainAssert.Refuses(() => Evaluate(AchievementInput.Direct(50m).WithOverride(80m, reason)), "objectives[0].overrideReason");

    [Fact]
    public void AnOverrideAboveHundredIsRefused() =>
        DomainAssert.Refuses(() => Evaluate(AchievementInput.Direct(50m).WithOverride(101m, "x")), "objectives[0].overridePct");

    [Fact]
    public void WithoutAnObjectiveIndexTheFieldIsTheBareName() =>
        DomainAssert.Refuses(() => AchievementEvaluator.Evaluate(AchievementInput.Direct(-1m), Explanation.Disabled), "achievementPct");

    [Fact]
    public void ADelayOfThirdPartiesCountsAsAchieved()
    {
        var explanation = new Explanation();

        AchievementEvaluator.ThirdPartyDelay("parere della Regione non pervenuto", explanation, "O4").ShouldBe(100m);

        explanation.Lines.ShouldBe(
            ["Obiettivo O4: considerato raggiunto, 100 %, per ritardi o inadempimenti di soggetti terzi (SPEC §2.5): «parere della Regione non pervenuto»."]);
    }

    [Fact]
    public void ADelayOfThirdPartiesOnASheetNeedsNoMeasurement()
    {
        var result = SheetBuilder.Dipendente()
            .Objective(new ObjectiveInput("O1", 60m, AchievementInput.Binary(false)) { ThirdPartyDelay = true })
            .Objective("O2", 40m, 50m)
            .Objective(new ObjectiveInput("O3", 0m, null) { ThirdPartyDelay = true })
            .Score();

        result.Objectives.Select(o => o.AchievementPct).ShouldBe([100m, 50m, 100m]);
        result.ObjectivesSum.ShouldBe(80m);
    }
}
