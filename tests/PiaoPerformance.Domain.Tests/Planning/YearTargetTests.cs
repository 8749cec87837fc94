using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Planning;

public sealed class YearTargetTests
{
    [Fact]
    public void ANewObjectiveHasOneTargetPerYearOfTheCycle()
    {
        var plan = new PlanBuilder();

        var objective = plan.UnitObjective(plan.Unit("I"), 15m);

        objective.YearTargets.Select(t => t.Year).ShouldBe([2024, 2025, 2026]);
        objective.YearTargets.ShouldAllBe(t => t.ExpectedPct == null && !t.NotApplicable);
    }

    [Fact]
    public void TheTableOfSettoreIObjectiveOneIsFiftyFiftyAndNotApplicable()
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), 15m);

        objective.SetYearTarget(plan.Cycle, 2024, 50m);
        objective.SetYearTarget(plan.Cycle, 2025, 50m);
        objective.SetYearTarget(plan.Cycle, 2026, null, notApplicable: true);

        objective.TargetOf(2024)!.ExpectedPct.ShouldBe(50m);
        objective.TargetOf(2025)!.ExpectedPct.ShouldBe(50m);
        objective.TargetOf(2026)!.NotApplicable.ShouldBeTrue();
        objective.TargetOf(2026)!.ExpectedPct.ShouldBeNull();
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2027)]
    public void AYearOutsideTheCycleIsRefused(int year)
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), 15m);

        var error = DomainAssert.Refuses(() => objective.SetYearTarget(plan.Cycle, year, 100m), "YearTargets");

        error.Message.ShouldBe($"L'anno {year} è fuori dal ciclo 2024-2026.");
        objective.TargetOf(year).ShouldBeNull();
    }

    [Fact]
    public void AnotherCycleIsRefused()
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), 15m);
        var otherCycle = new PlanCycle(plan.Municipality.Id, 2024, 2026);

        var error = DomainAssert.Refuses(() => objective.SetYearTarget(otherCycle, 2024, 100m), "YearTargets");

        error.Message.ShouldBe("Il ciclo indicato non è quello dell'obiettivo.");
    }

    [Fact]
    public void AnExpectedPercentageAboveHundredIsRefused()
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), 15m);

        var error = DomainAssert.Refuses(() => objective.SetYearTarget(plan.Cycle, 2024, 110m), "YearTargets");

        error.Message.ShouldBe("Percentuale attesa 2024: deve essere compreso tra 0 e 100 (valore indicato: 110).");
        objective.TargetOf(2024)!.ExpectedPct.ShouldBeNull();
    }

    [Fact]
    public void AnActualPercentageOnANotApplicableYearIsRefused()
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), 15m);
        objective.SetYearTarget(plan.Cycle, 2026, null, notApplicable: true);

        var error = DomainAssert.Refuses(() => objective.RecordActual(plan.Cycle, 2026, 80m), "YearTargets");

        error.Message.ShouldBe("L'obiettivo non è previsto per il 2026 (\"//\"): non si può registrare una percentuale realizzata.");
        objective.TargetOf(2026)!.ActualPct.ShouldBeNull();
    }

    [Fact]
    public void AnActualPercentageIsRecordedOnAPlannedYear()
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), 15m);
        objective.SetYearTarget(plan.Cycle, 2024, 100m);

        objective.RecordActual(plan.Cycle, 2024, 80m);

        objective.TargetOf(2024)!.ActualPct.ShouldBe(80m);
    }

    [Fact]
    public void MarkingAYearNotApplicableClearsItsPercentages()
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), 15m);
        objective.SetYearTarget(plan.Cycle, 2025, 100m);
        objective.RecordActual(plan.Cycle, 2025, 90m);

        objective.SetYearTarget(plan.Cycle, 2025, 100m, notApplicable: true);

        var target = objective.TargetOf(2025)!;
        target.NotApplicable.ShouldBeTrue();
        target.ExpectedPct.ShouldBeNull();
        target.ActualPct.ShouldBeNull();
    }
}
