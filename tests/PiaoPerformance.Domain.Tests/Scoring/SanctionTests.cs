using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Tests.Scoring;

public sealed class SanctionTests
{
    private static SheetBuilder Hundred() => SheetBuilder.WithTotal(EvaluatedRole.Dipendente, 100m);

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 97)]
    [InlineData(2, 95)]
    [InlineData(3, 90)]
    [InlineData(7, 90)]
    public void WrittenReprimandsCutThreeFiveOrTenPercent(int count, decimal expected) =>
        Hundred().Sanctions(writtenReprimand: count).Score().DAfterSanctions.ShouldBe(expected);

    [Theory]
    [InlineData(1, 95)]
    [InlineData(2, 90)]
    [InlineData(3, 80)]
    public void FinesCutFiveTenOrTwentyPercent(int count, decimal expected) =>
        Hundred().Sanctions(fine: count).Score().DAfterSanctions.ShouldBe(expected);

    [Theory]
    [InlineData(1, 75)]
    [InlineData(2, 60)]
    [InlineData(3, 0)]
    public void SuspensionsCutTwentyFiveFortyOrEverything(int count, decimal expected) =>
        Hundred().Sanctions(suspension: count).Score().DAfterSanctions.ShouldBe(expected);

    [Fact]
    public void AddedCutsStopAtHundredPercent()
    {
        var result = Hundred().Sanctions(writtenReprimand: 3, fine: 3, suspension: 3).Pay(1000m).Score();

        result.SanctionCutPct.ShouldBe(100m);
        result.DAfterSanctions.ShouldBe(0m);
        result.Band!.PayPct.ShouldBe(0m);
        result.Pay.ShouldBe(0m);
        result.Explanation.ShouldContain("Riduzioni sommate: 130 %, limitate al 100 % (SPEC §4.9).");
    }

    [Fact]
    public void MultipliedCutsNeverPassHundredPercent()
    {
        var result = Hundred()
            .Sanctions(writtenReprimand: 3, fine: 3, suspension: 2)
            .Options(new ScoringOptions { SanctionCombination = SanctionCombination.Multiplicative })
            .Score();

        result.DAfterSanctions.ShouldBe(100m * 0.90m * 0.80m * 0.60m);
        result.SanctionCutPct.ShouldBe(56.8m);
    }

    [Fact]
    public void DismissalExcludesFromEvaluationAndPay()
    {
        var result = Hundred().Sanctions(dismissal: true).Pay(1000m).Score();

        result.Evaluable.ShouldBeFalse();
        result.Band.ShouldBeNull();
        result.Negative.ShouldBeFalse();
        result.Pay.ShouldBe(0m);
        result.NotEvaluableReason.ShouldBe("licenziamento, che comporta l'esclusione dalla valutazione (SPEC §4.9)");
    }

    [Fact]
    public void SanctionsApplyToManagersByDefault() =>
        SheetBuilder.WithTotal(EvaluatedRole.Dirigente, 80m).Sanctions(fine: 1).Score().DAfterSanctions.ShouldBe(76m);

    [Fact]
    public void AnEnteMayLimitSanctionsToEmployees()
    {
        var system = EvaluationSystem.CassinoDefault with { SanctionsApplyToManagers = false };

        SheetBuilder.WithTotal(EvaluatedRole.Dirigente, 80m).Sanctions(fine: 1).Score(system).DAfterSanctions.ShouldBe(80m);
        SheetBuilder.WithTotal(EvaluatedRole.Dipendente, 80m).Sanctions(fine: 1).Score(system).DAfterSanctions.ShouldBe(76m);
    }
}
