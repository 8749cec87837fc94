using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Planning;

// The 2024 plan of seed 000: each Responsabile 60 on own objectives + 10 and 30 on the cross-cutting ones (S0:11, S0:18);
// the Segretario 100 on his own (S0:551-606).
public sealed class WeightTotalsTests
{
    [Fact]
    public void AResponsabileReachesHundredWithSixtyOwnAndFortyCrossCutting()
    {
        var plan = new PlanBuilder();
        var settore = plan.Unit("I");
        var head = plan.Head(settore);
        plan.UnitObjectives(settore, 15m, 15m, 10m, 10m, 10m);
        plan.CrossCutting(10m);
        plan.CrossCutting(30m);

        var position = plan.WeightTotals().ShouldHaveSingleItem();

        position.UnitId.ShouldBe(settore.Id);
        position.PersonIds.ShouldBe([head.Id]);
        position.IsSecretary.ShouldBeFalse();
        position.ObjectiveCount.ShouldBe(5);
        position.OwnWeight.ShouldBe(60m);
        position.CrossCuttingWeight.ShouldBe(40m);
        position.Total.ShouldBe(100m);
        position.Missing.ShouldBe(0m);
        position.Mode.ShouldBe(WeightingMode.Explicit);
        position.IsComplete.ShouldBeTrue();
    }

    [Fact]
    public void TheSegretarioIsLeftOutOfTheCrossCuttingObjectivesByDefault()
    {
        var plan = SegretarioPlan();

        var position = plan.WeightTotals().ShouldHaveSingleItem();

        position.IsSecretary.ShouldBeTrue();
        position.OwnWeight.ShouldBe(100m);
        position.CrossCuttingWeight.ShouldBe(0m);
        position.Total.ShouldBe(100m);
        position.IsComplete.ShouldBeTrue();
    }

    [Fact]
    public void TheSegretarioCarriesTheCrossCuttingObjectivesWhenTheEnteSaysSo()
    {
        var plan = SegretarioPlan();

        var position = plan.WeightTotals(new MunicipalitySettings { CrossCuttingAppliesToSecretary = true }).ShouldHaveSingleItem();

        position.CrossCuttingWeight.ShouldBe(40m);
        position.Total.ShouldBe(140m);
        position.Missing.ShouldBe(-40m);
        position.IsComplete.ShouldBeFalse();
    }

    [Fact]
    public void AUnitHeadedWithTheSegretarioRoleCountsAsTheSegretarios()
    {
        var plan = new PlanBuilder();
        var settore = plan.Unit("I");
        plan.Head(settore, ManagerRole.Segretario);
        plan.UnitObjectives(settore, 60m);
        plan.CrossCutting(40m);

        var position = plan.WeightTotals().ShouldHaveSingleItem();

        position.IsSecretary.ShouldBeTrue();
        position.CrossCuttingWeight.ShouldBe(0m);
    }

    [Fact]
    public void SomeWeightsMissingIsMixedModeAndNeverComplete()
    {
        var plan = new PlanBuilder();
        var settore = plan.Unit("I");
        plan.Head(settore);
        plan.UnitObjectives(settore, 30m, null, 30m);
        plan.CrossCutting(40m);

        var position = plan.WeightTotals().ShouldHaveSingleItem();

        position.Mode.ShouldBe(WeightingMode.Mixed);
        position.OwnWeight.ShouldBe(60m);
        position.Total.ShouldBe(100m);
        position.IsComplete.ShouldBeFalse();
    }

    [Fact]
    public void NoWeightAtAllIsEqualModeAndTheOwnObjectivesShareWhatIsLeft()
    {
        var plan = new PlanBuilder();
        var settore = plan.Unit("I");
        plan.Head(settore);
        plan.UnitObjectives(settore, null, null, null);
        plan.CrossCutting(40m);

        var position = plan.WeightTotals().ShouldHaveSingleItem();

        position.Mode.ShouldBe(WeightingMode.Equal);
        position.OwnWeight.ShouldBe(0m);
        position.CrossCuttingWeight.ShouldBe(40m);
        position.Total.ShouldBe(100m);
        position.IsComplete.ShouldBeTrue();
    }

    [Fact]
    public void AUnitSplitBetweenTwoHeadsGivesOnePositionEach()
    {
        var plan = new PlanBuilder();
        var settoreVi = plan.Unit("VI");
        var biancardi = plan.Head(settoreVi, isInterim: true);
        var spinelli = plan.Head(settoreVi, isInterim: true);
        foreach (var weight in new[] { 10m, 10m, 10m, 10m, 10m, 10m })
        {
            plan.UnitObjective(settoreVi, weight, biancardi);
        }

        plan.UnitObjective(settoreVi, 30m, spinelli);
        plan.UnitObjective(settoreVi, 30m, spinelli);
        plan.CrossCutting(10m);
        plan.CrossCutting(30m);

        var positions = plan.WeightTotals();

        positions.Select(p => (p.ResponsiblePersonId, p.ObjectiveCount, p.OwnWeight, p.Total))
            .ShouldBe([(biancardi.Id, 6, 60m, 100m), (spinelli.Id, 2, 60m, 100m)]);
        positions.ShouldAllBe(p => p.UnitId == settoreVi.Id && p.PersonIds.Count == 1 && p.IsComplete);
        positions.Select(p => p.PersonIds[0]).ShouldBe([biancardi.Id, spinelli.Id]);
    }

    [Fact]
    public void ObjectivesWithoutAResponsibleBelongToEveryHeadOfTheUnit()
    {
        var plan = new PlanBuilder();
        var settoreV = plan.Unit("V");
        var first = plan.Head(settoreV);
        var interim = plan.Head(settoreV, isInterim: true);
        var third = plan.Head(settoreV);
        plan.UnitObjectives(settoreV, 10m, 5m, 5m, 10m, 10m, 10m, 10m);
        plan.CrossCutting(40m);

        var position = plan.WeightTotals().ShouldHaveSingleItem();

        position.ResponsiblePersonId.ShouldBeNull();
        position.PersonIds.ShouldBe([first.Id, interim.Id, third.Id]);
        position.Total.ShouldBe(100m);
    }

    [Fact]
    public void CancelledObjectivesDoNotCount()
    {
        var plan = new PlanBuilder();
        var settore = plan.Unit("V");
        plan.Head(settore);
        var objectives = plan.UnitObjectives(settore, 10m, 20m, 30m);
        var paymentTimes = plan.CrossCutting(30m);
        plan.CrossCutting(10m);
        objectives[0].Cancel("Progetto eliminato in quanto non finanziato");
        paymentTimes.Cancel("Nessuna fattura di competenza");

        var position = plan.WeightTotals().ShouldHaveSingleItem();

        position.ObjectiveCount.ShouldBe(2);
        position.OwnWeight.ShouldBe(50m);
        position.CrossCuttingWeight.ShouldBe(10m);
        position.Missing.ShouldBe(40m);
        position.IsComplete.ShouldBeFalse();
    }

    [Fact]
    public void PositionsFollowTheOrderOfTheUnits()
    {
        var plan = new PlanBuilder();
        var units = new[] { plan.Unit("I"), plan.Unit("II"), plan.Unit("SEG", OrgUnitKind.Segreteria) };
        foreach (var unit in units.Reverse())
        {
            plan.Head(unit, unit.Kind == OrgUnitKind.Segreteria ? ManagerRole.Segretario : ManagerRole.ResponsabileEQ);
            plan.UnitObjectives(unit, 60m);
        }

        plan.WeightTotals().Select(p => p.UnitId).ShouldBe(units.Select(u => u.Id));
    }

    [Fact]
    public void OperationalCrossCuttingObjectivesDoNotAddToTheStrategicWeight()
    {
        var plan = new PlanBuilder();
        var settore = plan.Unit("I");
        plan.Head(settore);
        plan.UnitObjectives(settore, 60m);
        var corruption = plan.CrossCutting(10m);
        var measures = plan.Operational("Misure");
        var training = plan.Operational("Formazione");
        corruption.DistributeShares([(measures, 40m), (training, 60m)]);
        plan.CrossCutting(30m);

        plan.WeightTotals().ShouldHaveSingleItem().CrossCuttingWeight.ShouldBe(40m);
    }

    private static PlanBuilder SegretarioPlan()
    {
        var plan = new PlanBuilder();
        var segreteria = plan.Unit("SEG", OrgUnitKind.Segreteria);
        plan.Head(segreteria, ManagerRole.Segretario);
        plan.UnitObjectives(segreteria, 25m, 15m, 10m, 15m, 15m, 10m, 10m);
        plan.CrossCutting(10m);
        plan.CrossCutting(30m);
        return plan;
    }
}
