using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Evaluation;

// SPEC §3.3, seed 003 criterion II.B level 1 (S3:867).
public sealed class DifferentiationCheckTests
{
    private static GivenScore Top(decimal c = 45m) => new(98m, c, 50m, TopBand: true);

    private static GivenScore Middle() => new(82m, 38m, 50m, TopBand: false);

    [Fact]
    public void EverybodyInTheTopBandIsWarned()
    {
        var result = DifferentiationCheck.Check([Top(), Top(), Top()]);

        result.Warning.ShouldBeTrue();
        result.TopBandSharePct.ShouldBe(100m);
        result.Reading.ShouldContain("non sono differenziati");
    }

    [Fact]
    public void EverybodyWithTheMaximumBehaviourIsWarnedEvenOutsideTheTopBand()
    {
        var result = DifferentiationCheck.Check([new GivenScore(70m, 50m, 50m, false), new GivenScore(75m, 50m, 50m, false), new GivenScore(72m, 50m, 50m, false)]);

        result.Warning.ShouldBeTrue();
        result.MaximumBehaviourSharePct.ShouldBe(100m);
    }

    [Fact]
    public void NineOutOfTenReachesTheThreshold() =>
        DifferentiationCheck.Check([.. Enumerable.Repeat(Top(), 9), Middle()]).Warning.ShouldBeTrue();

    [Fact]
    public void EightOutOfTenIsDifferentiatedEnough()
    {
        var result = DifferentiationCheck.Check([.. Enumerable.Repeat(Top(), 8), Middle(), Middle()]);

        result.Warning.ShouldBeFalse();
        result.TopBandSharePct.ShouldBe(80m);
        result.MinD.ShouldBe(82m);
        result.MaxD.ShouldBe(98m);
    }

    [Fact]
    public void TwoSheetsAreTooFewToJudge()
    {
        var result = DifferentiationCheck.Check([Top(), Top()]);

        result.Warning.ShouldBeFalse();
        result.Reading.ShouldContain("almeno 3");
    }

    [Fact]
    public void AThresholdOutsideZeroToHundredIsRefused() =>
        DomainAssert.Refuses(() => DifferentiationCheck.Check([Top()], 0m), "thresholdPct");
}
