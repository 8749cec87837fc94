using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Rewards;

/// <summary>The stored money inputs give Example 7's pots and maximum.</summary>
public sealed class PerformanceFundTests
{
    private static readonly Guid UnitA = Guid.NewGuid();
    private static readonly Guid UnitB = Guid.NewGuid();

    private static PerformanceFund ExampleSeven()
    {
        var fund = new PerformanceFund(Guid.NewGuid(), Guid.NewGuid(), 2024, 50_000m);
        fund.SetHeadcount(UnitA, new Dictionary<ClassificationArea, int>
        {
            [ClassificationArea.Operatori] = 2,
            [ClassificationArea.OperatoriEsperti] = 3,
            [ClassificationArea.Istruttori] = 4,
            [ClassificationArea.FunzionariEQ] = 1,
        });
        fund.SetHeadcount(UnitB, new Dictionary<ClassificationArea, int> { [ClassificationArea.Istruttori] = 5, [ClassificationArea.FunzionariEQ] = 2 });
        return fund;
    }

    [Fact]
    public void TheStoredFundAndHeadcountsSplitAsExampleSeven()
    {
        var split = ExampleSeven().Split(ClassificationCoefficients.Ccnl2019_2021, new Explanation());

        split.Units.Single(u => u.Id == UnitA.ToString()).Amount.ShouldBe(28_415.99m);
        split.Units.Single(u => u.Id == UnitB.ToString()).Amount.ShouldBe(21_584.01m);
    }

    [Fact]
    public void AnIstruttoreOfUnitAHasExampleSevensMaximum() =>
        ExampleSeven().EmployeeMaximumFor(UnitA, ClassificationArea.Istruttori, ClassificationCoefficients.Ccnl2019_2021, new Explanation())
            .Amount.ShouldBe(3_011.13m);

    [Fact]
    public void ReplacingAUnitsHeadcountDropsTheOldOne()
    {
        var fund = ExampleSeven();
        fund.SetHeadcount(UnitB, new Dictionary<ClassificationArea, int> { [ClassificationArea.Operatori] = 1 });

        fund.Headcounts.Where(h => h.OrgUnitId == UnitB).ShouldHaveSingleItem().Area.ShouldBe(ClassificationArea.Operatori);
    }

    [Fact]
    public void TheSupplementIsAtLeastThirtyPercent()
    {
        var fund = ExampleSeven();

        DomainAssert.Refuses(() => fund.SetTopPerformerParameters(25m, 10m), nameof(PerformanceFund.SupplementPct));
        DomainAssert.Refuses(() => fund.SetTopPerformerParameters(30m, 120m), nameof(PerformanceFund.SupplementQuotaPct));
        fund.SetTopPerformerParameters(35m, 20m);
        fund.SupplementPct.ShouldBe(35m);
    }

    [Fact]
    public void ANegativeFundOrHeadcountIsRefused()
    {
        DomainAssert.Refuses(() => new PerformanceFund(Guid.NewGuid(), Guid.NewGuid(), 2024, -1m), nameof(PerformanceFund.Amount));
        DomainAssert.Refuses(() => ExampleSeven().SetHeadcount(UnitA, new Dictionary<ClassificationArea, int> { [ClassificationArea.Istruttori] = -1 }),
            "headcount.Istruttori");
    }
}
