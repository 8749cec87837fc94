using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Rewards;

// SPEC §2.10 (S0:18-20, S2:248-254), AMB-6.
public sealed class PaymentTimesTests
{
    private static readonly DateOnly ObservedOn = new(2025, 3, 31);

    private static PaymentTimesResult Assess(decimal days, decimal delay, decimal coverage, PaymentTimesSettings? settings = null) =>
        PaymentTimes.Assess(new PaymentTimesData(days, delay, coverage, ObservedOn), settings, Explanation.Disabled);

    [Theory]
    [InlineData(30, 0, 80, true)]
    [InlineData(30.01, 0, 80, false)]
    [InlineData(31, -5, 100, false)]
    [InlineData(12, 0.01, 95, false)]
    [InlineData(12, -3, 79.99, false)]
    [InlineData(0, -10, 120, true)]
    public void MetMeansAtMostThirtyDaysNoDelayAndEightyPercentCoverage(decimal days, decimal delay, decimal coverage, bool met) =>
        Assess(days, delay, coverage).Met.ShouldBe(met);

    [Fact]
    public void TheResultSaysWhichTestFailed()
    {
        var result = Assess(31m, 0m, 79m);

        result.AverageDaysMet.ShouldBeFalse();
        result.DelayMet.ShouldBeTrue();
        result.CoverageMet.ShouldBeFalse();
        result.ObservedOn.ShouldBe(ObservedOn);
    }

    [Fact]
    public void AnEnteReadingInferioreAZeroRequiresANegativeDelay()
    {
        var strict = new PaymentTimesSettings { DelayMustBeBelowZero = true };

        Assess(20m, 0m, 90m, strict).Met.ShouldBeFalse();
        Assess(20m, -0.01m, 90m, strict).Met.ShouldBeTrue();
    }

    [Fact]
    public void InsufficientCoverageIsExplainedAsNotMet()
    {
        var explanation = new Explanation();

        PaymentTimes.Assess(new PaymentTimesData(25m, -2m, 75.5m, ObservedOn), explanation);

        explanation.Lines.ShouldBe([
            "Tempi di pagamento, dati osservati al 31/03/2025 (SPEC §2.10).",
            "Tempo medio di pagamento 25 giorni ≤ 30: rispettato.",
            "Indicatore di ritardo annuale -2 giorni (soglia ≤ 0): rispettato.",
            "Copertura dei pagamenti 75,5 % dell'importo dovuto < 80 %: i dati non dimostrano il rispetto dei tempi, obiettivo non raggiunto.",
            "Obiettivo tempi di pagamento non raggiunto.",
        ]);
    }

    [Fact]
    public void NegativeAveragePaymentDaysAreRefused() =>
        DomainAssert.Refuses(() => Assess(-1m, 0m, 90m), "averagePaymentDays");

    [Fact]
    public void NegativeCoverageIsRefused() =>
        DomainAssert.Refuses(() => Assess(10m, 0m, -1m), "coveragePct");

    [Theory]
    [InlineData(8, true)]
    [InlineData(29.99, true)]
    [InlineData(30, false)]
    [InlineData(40, false)]
    public void AWeightBelowThirtyPercentOfResultPayIsWarnedAbout(decimal weight, bool warned)
    {
        var check = PaymentTimes.CheckWeight(weight);

        check.IsBelowMinimum.ShouldBe(warned);
        (check.Message is not null).ShouldBe(warned);
    }

    [Fact]
    public void TheWeightWarningIsInItalianAndNamesTheLaw() =>
        PaymentTimes.CheckWeight(7m).Message.ShouldBe(
            "Il peso dell'obiettivo sui tempi di pagamento (7 %) è inferiore al 30 % della retribuzione di risultato richiesto " +
            "dall'art. 4-bis del D.L. 13/2023.");
}
