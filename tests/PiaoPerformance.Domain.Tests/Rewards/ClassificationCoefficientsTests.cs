using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Rewards;

// SPEC §4.7 (S3:1096-1101).
public sealed class ClassificationCoefficientsTests
{
    [Theory]
    [InlineData(ClassificationArea.Operatori, 1.00)]
    [InlineData(ClassificationArea.OperatoriEsperti, 1.06)]
    [InlineData(ClassificationArea.Istruttori, 1.19)]
    [InlineData(ClassificationArea.FunzionariEQ, 1.29)]
    public void TheCcnl2019To2021CoefficientsAreTheDefault(ClassificationArea area, decimal coefficient) =>
        ClassificationCoefficients.Ccnl2019_2021.For(area).ShouldBe(coefficient);

    [Fact]
    public void TheVersionInForceIsTheLatestStartedOnTheDate()
    {
        var next = new ClassificationCoefficients(new DateOnly(2026, 1, 1), 1m, 1.07m, 1.2m, 1.3m, "CCNL 2022-2024");
        var versions = new[] { next, ClassificationCoefficients.Ccnl2019_2021 };

        ClassificationCoefficients.InForceOn(versions, new DateOnly(2025, 1, 1)).ShouldBe(ClassificationCoefficients.Ccnl2019_2021);
        ClassificationCoefficients.InForceOn(versions, new DateOnly(2026, 1, 1)).ShouldBe(next);
    }

    [Fact]
    public void NoVersionInForceIsRefused() =>
        DomainAssert.Refuses(
            () => ClassificationCoefficients.InForceOn([ClassificationCoefficients.Ccnl2019_2021], new DateOnly(2020, 1, 1)), "coefficients");

    [Fact]
    public void AZeroCoefficientIsRefused()
    {
        var error = DomainAssert.Refuses(() => _ = new ClassificationCoefficients(new DateOnly(2025, 1, 1), 1m, 0m, 1m, 1m), "coefficients");

        error.Message.ShouldBe("Il coefficiente dell'area Operatori esperti deve essere maggiore di zero (valore indicato: 0).");
    }

    [Fact]
    public void OverridesKeepTheOtherAreasValues()
    {
        var own = ClassificationCoefficients.Ccnl2019_2021.With(new Dictionary<ClassificationArea, decimal> { [ClassificationArea.FunzionariEQ] = 1.4m });

        own.FunzionariEq.ShouldBe(1.4m);
        own.Istruttori.ShouldBe(1.19m);
    }
}
