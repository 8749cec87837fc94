using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Rewards;

// SPEC §4.7 [PROP] and §6 Example 7.
public sealed class EmployeeMaximumTests
{
    private static RewardAmount MaximumInA(ClassificationArea area, Explanation? explanation = null) =>
        EmployeeMaximum.Compute(28_415.99m, Staff.SettoreA.Staff, area, ClassificationCoefficients.Ccnl2019_2021, explanation ?? Explanation.Disabled);

    [Fact]
    public void AnIstruttoreInSettoreAHasAMaximumOfThreeThousandElevenEurosThirteen()
    {
        var maximum = MaximumInA(ClassificationArea.Istruttori);

        maximum.Amount.ShouldBe(3_011.13m);
        maximum.Exact.ShouldBe(28_415.99m * 1.19m / 11.23m);
    }

    [Fact]
    public void TheMaximaOfAllTheUnitsStaffAddUpToItsPot()
    {
        var areas = Staff.SettoreA.Staff.SelectMany(pair => Enumerable.Repeat(pair.Key, pair.Value));

        areas.Sum(area => MaximumInA(area).Exact).ShouldBe(28_415.99m, 0.0000001m);
    }

    [Fact]
    public void TheExplanationShowsTheCoefficientOverTheUnitsWeightedUnits()
    {
        var explanation = new Explanation();

        MaximumInA(ClassificationArea.Istruttori, explanation);

        explanation.Lines.ShouldBe([
            "Importo massimo individuale (Istruttori): € 28.415,99 × 1,19 / 11,23 unità pesate dell'unità = € 3.011,13 (SPEC §4.7).",
        ]);
    }

    [Fact]
    public void AnAreaWithNobodyInTheUnitIsRefused() =>
        DomainAssert.Refuses(
            () => EmployeeMaximum.Compute(1_000m, Staff.SettoreB.Staff, ClassificationArea.Operatori, ClassificationCoefficients.Ccnl2019_2021,
                Explanation.Disabled), "area");

    [Fact]
    public void ANegativePotIsRefused() =>
        DomainAssert.Refuses(
            () => EmployeeMaximum.Compute(-1m, Staff.SettoreA.Staff, ClassificationArea.Istruttori, ClassificationCoefficients.Ccnl2019_2021,
                Explanation.Disabled), "unitPot");
}
