using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Planning;

/// <summary>The shares of a strategic objective as the editor totals them while one is typed, and leaving the parent.</summary>
public sealed class ParentSharesTests
{
    [Fact]
    public void FortyAndFortyWithTwentyTypedMakeTheWholeStrategicObjective()
    {
        var shares = new ParentShares([40m, 40m]);

        shares.TotalWith(20m).ShouldBe(100m);
        shares.IsCompleteWith(20m).ShouldBeTrue();
        shares.TotalWith(30m).ShouldBe(110m);
        shares.IsCompleteWith(30m).ShouldBeFalse();
    }

    [Fact]
    public void AnEmptyShareCountsAsNothing()
    {
        var shares = new ParentShares([40m, null]);

        shares.TotalWith(null).ShouldBe(40m);
        shares.IsCompleteWith(null).ShouldBeFalse();
    }

    [Fact]
    public void ACardLeavingItsStrategicObjectiveLosesParentAndShare()
    {
        var plan = new PlanBuilder();
        var strategic = plan.CrossCutting(10m);
        var child = plan.Operational("Formazione");
        child.PlaceUnder(strategic, 20m);

        child.DetachFromParent();

        (child.ParentObjectiveId, child.ShareOfParentPct).ShouldBe((null, null));
    }

    [Fact]
    public void ContributionsAreCheckedBeforeSavingWithTheSameMessage()
    {
        var unit = Guid.NewGuid();

        var error = DomainAssert.Refuses(
            () => Objective.CheckContributions([new ContributionDraft(unit, 60m), new ContributionDraft(Guid.NewGuid(), 30m)]), "Contributions");
        var twice = DomainAssert.Refuses(
            () => Objective.CheckContributions([new ContributionDraft(unit, 50m), new ContributionDraft(unit, 50m)]), "Contributions");

        error.Message.ShouldBe("Le percentuali di contribuzione devono sommare a 100 (totale indicato: 90).");
        twice.Message.ShouldBe("La stessa unità compare più volte tra le unità che contribuiscono.");
        Should.NotThrow(() => Objective.CheckContributions([new ContributionDraft(unit, 75m), new ContributionDraft(Guid.NewGuid(), 25m)]));
    }
}
