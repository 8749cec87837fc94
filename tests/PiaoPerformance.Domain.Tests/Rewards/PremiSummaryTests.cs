using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Rewards;

namespace PiaoPerformance.Domain.Tests.Rewards;

// The "dati relativi ai premi" (docs/scoring.md).
public sealed class PremiSummaryTests
{
    private static PremiEntry Employee(string? band, decimal? pct, decimal? pay) => new(EvaluatedRole.Dipendente, band, pct, pay);

    [Fact]
    public void PeopleAndMoneyAreCountedPerRoleAndBandHighestFirst()
    {
        var summary = PremiSummary.Summarise(
        [
            Employee("BUONA", 80m, 960m),
            Employee("ECCELLENTE", 100m, 1200m),
            Employee("BUONA", 80m, 960.5m),
            Employee(null, null, null),
            new PremiEntry(EvaluatedRole.Eq, "PIENA", 100m, 4000m),
        ]);

        summary.Rows.Select(r => (r.Role, r.BandLabel, r.People, r.Money)).ShouldBe(
        [
            (EvaluatedRole.Eq, "PIENA", 1, 4000m),
            (EvaluatedRole.Dipendente, "ECCELLENTE", 1, 1200m),
            (EvaluatedRole.Dipendente, "BUONA", 2, 1920.5m),
            (EvaluatedRole.Dipendente, PremiSummary.NotEvaluable, 1, 0m),
        ]);
        summary.People.ShouldBe(5);
        summary.Money.ShouldBe(7120.5m);
    }

    [Fact]
    public void DifferentiationIsOneHundredLessTheShareOfTheMostCrowdedBand()
    {
        var summary = PremiSummary.Summarise(
        [
            Employee("BUONA", 80m, 1m), Employee("BUONA", 80m, 1m), Employee("ECCELLENTE", 100m, 1m),
        ]);

        var employees = summary.Roles.Single();
        employees.People.ShouldBe(3);
        employees.BandsUsed.ShouldBe(2);
        employees.LargestBandSharePct.ShouldBe(66.67m);
        employees.DifferentiationPct.ShouldBe(33.33m);
    }

    [Fact]
    public void EverybodyInOneBandIsNoDifferentiation() =>
        PremiSummary.Summarise([Employee("ECCELLENTE", 100m, 1m), Employee("ECCELLENTE", 100m, 1m)]).Roles.Single().DifferentiationPct.ShouldBe(0m);

    [Fact]
    public void NoSheetsGiveAnEmptySummary()
    {
        var summary = PremiSummary.Summarise([]);
        summary.Rows.ShouldBeEmpty();
        summary.Money.ShouldBe(0m);
    }
}
