using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Tests.Scoring;

public sealed class BandTests
{
    private static SheetResult Employee(decimal d, bool roundTotal = false) =>
        SheetBuilder.WithTotal(EvaluatedRole.Dipendente, d).Options(new ScoringOptions { RoundTotal = roundTotal }).Score();

    [Theory]
    [InlineData(100, 100, "PERFORMANCE OTTIMA")]
    [InlineData(90, 100, "PERFORMANCE OTTIMA")]
    [InlineData(89.99, 80, "PERFORMANCE BUONA")]
    [InlineData(89.5, 80, "PERFORMANCE BUONA")]
    [InlineData(80, 80, "PERFORMANCE BUONA")]
    [InlineData(79.99, 60, "PERFORMANCE MIGLIORABILE")]
    [InlineData(70, 60, "PERFORMANCE MIGLIORABILE")]
    [InlineData(69.99, 50, "PERFORMANCE SUFFICIENTE")]
    [InlineData(60, 50, "PERFORMANCE SUFFICIENTE")]
    [InlineData(59.99, 30, "PERFORMANCE MEDIOCRE")]
    [InlineData(50, 30, "PERFORMANCE MEDIOCRE")]
    [InlineData(49.99, 0, "PERFORMANCE INSUFFICIENTE INADEGUATA")]
    [InlineData(0, 0, "PERFORMANCE INSUFFICIENTE INADEGUATA")]
    public void EmployeeBandsTestLowerBoundsOnTheUnroundedTotal(decimal d, decimal payPct, string label)
    {
        var result = Employee(d);

        result.D.ShouldBe(d);
        result.Band!.PayPct.ShouldBe(payPct);
        result.Band.Label.ShouldBe(label);
    }

    [Theory]
    [InlineData(EvaluatedRole.Segretario)]
    [InlineData(EvaluatedRole.Dirigente)]
    [InlineData(EvaluatedRole.Eq)]
    public void ManagerBandsAreSeventyFiveAndThirty(EvaluatedRole role)
    {
        SheetBuilder.WithTotal(role, 100m).Score().Band!.PayPct.ShouldBe(100m);
        SheetBuilder.WithTotal(role, 75m).Score().Band!.PayPct.ShouldBe(100m);
        SheetBuilder.WithTotal(role, 74.9m).Score().Band!.PayPct.ShouldBe(50m);
        SheetBuilder.WithTotal(role, 74.99m).Score().Band!.PayPct.ShouldBe(50m);
        SheetBuilder.WithTotal(role, 30m).Score().Band!.PayPct.ShouldBe(50m);
        SheetBuilder.WithTotal(role, 29.99m).Score().Band!.PayPct.ShouldBe(0m);
        SheetBuilder.WithTotal(role, 0m).Score().Band!.PayPct.ShouldBe(0m);
    }

    [Theory]
    [InlineData(89.5, 100)]
    [InlineData(89.49, 80)]
    [InlineData(74.5, 60)]
    [InlineData(49.5, 30)]
    public void RoundingTheTotalIsAnOptionWithHalvesUp(decimal d, decimal payPct)
    {
        var result = Employee(d, roundTotal: true);

        result.D.ShouldBe(d);
        result.BandScore.ShouldBe(Math.Round(d, 0, MidpointRounding.AwayFromZero));
        result.Band!.PayPct.ShouldBe(payPct);
    }

    [Theory]
    [InlineData(49.99, true)]
    [InlineData(50, false)]
    [InlineData(0, true)]
    public void ATotalBelowFiftyIsNegative(decimal d, bool negative) =>
        Employee(d).Negative.ShouldBe(negative);

    [Fact]
    public void WithRoundingFortyNinePointFiveIsNotNegative() =>
        Employee(49.5m, roundTotal: true).Negative.ShouldBeFalse();

    [Fact]
    public void AManagerBetweenThirtyAndFiftyIsNegativeButKeepsHalfThePay()
    {
        var result = SheetBuilder.WithTotal(EvaluatedRole.Dirigente, 45m).Pay(10_000m).Score();

        result.Negative.ShouldBeTrue();
        result.Band!.PayPct.ShouldBe(50m);
        result.Pay.ShouldBe(5_000m);
        result.Explanation.ShouldContain("Valutazione negativa: D = 45,00 < 50 (SPEC §4.4); la segnalazione non modifica la fascia.");
    }

    [Fact]
    public void TheBandIsChosenOnTheTotalAfterSanctions()
    {
        var result = SheetBuilder.WithTotal(EvaluatedRole.Dipendente, 92m).Sanctions(writtenReprimand: 1).Score();

        result.DAfterSanctions.ShouldBe(89.24m);
        result.Band!.PayPct.ShouldBe(80m);
    }

    [Fact]
    public void AScoreJustBelowABoundIsNotShownRoundedUpToIt()
    {
        var result = SheetBuilder.WithTotal(EvaluatedRole.Dipendente, 89.99999m).Score();

        result.Explanation.ShouldContain("Fascia: D = 89,99999 ≥ 80 → PERFORMANCE BUONA, 80 % del premio (SPEC §4.1).");
    }

    [Fact]
    public void TheLowestBandIsExplainedAgainstTheBoundItMissed() =>
        Employee(49.99m).Explanation.ShouldContain(
            "Fascia: D = 49,99 < 50 → PERFORMANCE INSUFFICIENTE INADEGUATA, 0 % del premio (SPEC §4.1).");
}
