using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Planning;

public sealed class StrategicSharesTests
{
    [Fact]
    public void SharesFortyTwentyFortyPlaceEveryOperationalObjectiveUnderTheStrategicOne()
    {
        var plan = new PlanBuilder();
        var strategic = plan.CrossCutting(10m);
        var (measures, training, transparency) = (plan.Operational("Misure"), plan.Operational("Formazione"), plan.Operational("Trasparenza"));

        strategic.DistributeShares([(measures, 40m), (training, 20m), (transparency, 40m)]);

        measures.ShareOfParentPct.ShouldBe(40m);
        training.ShareOfParentPct.ShouldBe(20m);
        transparency.ShareOfParentPct.ShouldBe(40m);
        new[] { measures, training, transparency }.ShouldAllBe(o => o.ParentObjectiveId == strategic.Id);
    }

    [Fact]
    public void SharesNotTotallingHundredAreRefusedAndNothingIsPlaced()
    {
        var plan = new PlanBuilder();
        var strategic = plan.CrossCutting(10m);
        var (measures, training, transparency) = (plan.Operational(), plan.Operational(), plan.Operational());

        var error = DomainAssert.Refuses(
            () => strategic.DistributeShares([(measures, 40m), (training, 20m), (transparency, 30m)]), "ShareOfParentPct");

        error.Message.ShouldBe("Le quote degli obiettivi operativi devono sommare al 100% dell'obiettivo strategico (totale indicato: 90%).");
        new[] { measures, training, transparency }.ShouldAllBe(o => o.ParentObjectiveId == null && o.ShareOfParentPct == null);
    }

    [Fact]
    public void ASingleChildTakesTheWholeStrategicObjective()
    {
        var plan = new PlanBuilder();
        var paymentTimes = plan.CrossCutting(30m);
        var child = plan.Operational("Attuazione art. 4-bis del D.L. n. 13/2023");

        paymentTimes.DistributeShares([(child, 100m)]);

        child.ShareOfParentPct.ShouldBe(100m);
        child.ParentObjectiveId.ShouldBe(paymentTimes.Id);
    }

    [Fact]
    public void OnlyAStrategicObjectiveCanBeAParent()
    {
        var plan = new PlanBuilder();
        var operational = plan.Operational();
        var child = plan.Operational();

        var error = DomainAssert.Refuses(() => child.PlaceUnder(operational, 100m), "ParentObjectiveId");

        error.Message.ShouldBe("L'obiettivo superiore deve essere un obiettivo strategico.");
    }

    [Fact]
    public void AStrategicObjectiveOfAnotherCycleIsRefused()
    {
        var plan = new PlanBuilder();
        var nextPlan = new PlanBuilder(2025, 2027);
        var child = plan.Operational();

        var error = DomainAssert.Refuses(() => child.PlaceUnder(nextPlan.CrossCutting(10m), 100m), "ParentObjectiveId");

        error.Message.ShouldBe("L'obiettivo strategico appartiene a un altro ciclo di pianificazione.");
    }

    [Fact]
    public void AShareAboveHundredIsRefused()
    {
        var plan = new PlanBuilder();
        var strategic = plan.CrossCutting(10m);
        var child = plan.Operational();

        Should.Throw<DomainException>(() => child.PlaceUnder(strategic, 140m)).Field.ShouldBe("ShareOfParentPct");
        child.ParentObjectiveId.ShouldBeNull();
    }

    [Fact]
    public void AStrategicObjectiveHasNoLevelAboveIt()
    {
        var plan = new PlanBuilder();

        var error = DomainAssert.Refuses(() => plan.CrossCutting(10m).PlaceUnder(plan.CrossCutting(30m), 100m), "ParentObjectiveId");

        error.Message.ShouldBe("Un obiettivo strategico non può essere collocato sotto un altro obiettivo strategico.");
        plan.Objectives.ShouldAllBe(o => o.Level == ObjectiveLevel.Strategic && o.ParentObjectiveId == null);
    }
}
