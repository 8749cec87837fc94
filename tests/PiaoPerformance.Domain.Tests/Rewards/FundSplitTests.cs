using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Rewards;

// SPEC §4.7 and §6 Example 7 (S3:1094-1101).
public sealed class FundSplitTests
{
    private static FundSplitResult Split(decimal fund, params UnitHeadcount[] units) =>
        FundSplit.Split(fund, units, ClassificationCoefficients.Ccnl2019_2021, Explanation.Disabled);

    private static UnitHeadcount Unit(string id, int istruttori) => new(id, Staff.Of(istruttori: istruttori));

    [Fact]
    public void FiftyThousandEurosSplitAsExampleSeven()
    {
        var result = Split(50_000m, Staff.SettoreA, Staff.SettoreB);

        result.Units.Select(u => (u.Id, u.WeightedUnits, u.Amount)).ShouldBe([("A", 11.23m, 28_415.99m), ("B", 8.53m, 21_584.01m)]);
        result.TotalWeightedUnits.ShouldBe(19.76m);
        result.Total.ShouldBe(50_000m);
    }

    [Fact]
    public void TheExplanationOfExampleSevenCanBeFollowedByHand()
    {
        var explanation = new Explanation();

        FundSplit.Split(50_000m, [Staff.SettoreA, Staff.SettoreB], ClassificationCoefficients.Ccnl2019_2021, explanation);

        explanation.Lines.ShouldBe([
            "Unità A: Operatori 2 × 1,00 + Operatori esperti 3 × 1,06 + Istruttori 4 × 1,19 + Funzionari ed EQ 1 × 1,29 = 11,23 unità pesate.",
            "Unità B: Istruttori 5 × 1,19 + Funzionari ed EQ 2 × 1,29 = 8,53 unità pesate.",
            "Totale unità pesate: 19,76.",
            "Unità A: € 50.000,00 × 11,23 / 19,76 = € 28.415,99 (valore esatto 28.415,991903).",
            "Unità B: € 50.000,00 × 8,53 / 19,76 = € 21.584,01 (valore esatto 21.584,008097).",
            "Somma delle quote arrotondate ai centesimi: € 50.000,00, pari al fondo; nessun resto.",
        ]);
    }

    [Fact]
    public void AMissingCentGoesToTheLargestPot()
    {
        var result = Split(100m, Unit("A", 1), Unit("B", 2), Unit("C", 1));

        result.Units.Select(u => u.Amount).ShouldBe([25m, 50m, 25m]);

        var thirds = Split(100m, Unit("A", 1), Unit("B", 1), Unit("C", 1));

        thirds.Units.Select(u => u.Amount).ShouldBe([33.34m, 33.33m, 33.33m]);
        thirds.Total.ShouldBe(100m);
    }

    [Fact]
    public void AnExtraCentIsTakenFromTheLargestPot()
    {
        var result = Split(2m, Unit("A", 1), Unit("B", 1), Unit("C", 1));

        result.Units.Select(u => u.Amount).ShouldBe([0.66m, 0.67m, 0.67m]);
        result.Total.ShouldBe(2m);
    }

    [Fact]
    public void ATinyFundOverManyUnitsNeverLeavesAPotBelowZero()
    {
        var units = Enumerable.Range(1, 10).Select(i => Unit($"U{i}", 1)).ToArray();

        var result = Split(0.05m, units);

        result.Units.ShouldAllBe(u => u.Amount >= 0m);
        result.Total.ShouldBe(0.05m);
    }

    [Fact]
    public void AUnitWithoutStaffGetsNothing()
    {
        var result = Split(1_000m, Unit("A", 3), new UnitHeadcount("Vuota", Staff.Of()));

        result.Units.Select(u => u.Amount).ShouldBe([1_000m, 0m]);
    }

    [Fact]
    public void AnEnteCanUseItsOwnCoefficients()
    {
        var coefficients = ClassificationCoefficients.Ccnl2019_2021.With(new Dictionary<ClassificationArea, decimal> { [ClassificationArea.Istruttori] = 2m });

        var result = FundSplit.Split(300m, [Unit("A", 1), new("B", Staff.Of(operatori: 1))], coefficients, Explanation.Disabled);

        result.Units.Select(u => u.Amount).ShouldBe([200m, 100m]);
    }

    [Fact]
    public void SplitsAlwaysTotalTheFundToTheCentAndNoPotIsNegative()
    {
        var random = new Random(1094);
        for (var i = 0; i < 400; i++)
        {
            var fund = random.Next(0, 100_000_000) / 100m;
            var units = Enumerable.Range(0, random.Next(1, 9))
                .Select(u => new UnitHeadcount($"U{u}", Staff.Of(random.Next(0, 6), random.Next(0, 6), random.Next(0, 30), random.Next(0, 8))))
                .ToList();
            if (units.All(u => u.Staff.Values.Sum() == 0))
            {
                continue;
            }

            var result = FundSplit.Split(fund, units, ClassificationCoefficients.Ccnl2019_2021, Explanation.Disabled);

            result.Total.ShouldBe(fund);
            result.Units.Sum(u => u.Amount).ShouldBe(fund);
            result.Units.ShouldAllBe(u => u.Amount >= 0m && u.Amount == Math.Round(u.Amount, 2));
            foreach (var unit in result.Units)
            {
                var exact = fund * unit.WeightedUnits / result.TotalWeightedUnits;
                Math.Abs(unit.Amount - exact).ShouldBeLessThanOrEqualTo(0.01m * units.Count);
            }
        }
    }

    [Fact]
    public void ANegativeFundIsRefused() =>
        DomainAssert.Refuses(() => Split(-1m, Staff.SettoreA), "fund");

    [Fact]
    public void AFundWithFractionsOfACentIsRefused() =>
        DomainAssert.Refuses(() => Split(100.005m, Staff.SettoreA), "fund");

    [Fact]
    public void NoUnitsAreRefused() =>
        DomainAssert.Refuses(() => Split(100m), "units");

    [Fact]
    public void UnitsWithNoStaffAtAllAreRefused() =>
        DomainAssert.Refuses(() => Split(100m, Unit("A", 0), Unit("B", 0)), "units");

    [Fact]
    public void ANegativeHeadCountIsRefusedOnItsUnit()
    {
        var error = DomainAssert.Refuses(() => Split(100m, Staff.SettoreA, Unit("B", -2)), "units[1].staff");

        error.Message.ShouldBe("Unità B: il numero di Istruttori non può essere negativo (valore indicato: -2).");
    }

    [Fact]
    public void TheSameUnitTwiceIsRefused() =>
        DomainAssert.Refuses(() => Split(100m, Staff.SettoreA, Staff.SettoreA), "units[1].id");

    [Fact]
    public void MissingCoefficientsAreRefused() =>
        DomainAssert.Refuses(() => FundSplit.Split(100m, [Staff.SettoreA], null!, Explanation.Disabled), "coefficients");
}
