using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Planning;

public sealed class ContributionTests
{
    [Fact]
    public void ContributionsTotallingHundredAreStored()
    {
        var plan = new PlanBuilder();
        var (ragioneria, personale) = (plan.Unit("II"), plan.Unit("IV"));
        var shared = plan.UnitObjective(ragioneria, 10m);

        shared.SetContributions([new ContributionDraft(ragioneria.Id, 60m, "95%"), new ContributionDraft(personale.Id, 40m)]);

        shared.Contributions.Select(c => (c.OrgUnitId, c.ContributionPct)).ShouldBe([(ragioneria.Id, 60m), (personale.Id, 40m)]);
        shared.Contributions[0].ExpectedValue.ShouldBe("95%");
    }

    [Fact]
    public void ContributionsNotTotallingHundredAreRefused()
    {
        var plan = new PlanBuilder();
        var (ragioneria, personale) = (plan.Unit("II"), plan.Unit("IV"));
        var shared = plan.UnitObjective(ragioneria, 10m);

        var error = DomainAssert.Refuses(
            () => shared.SetContributions([new ContributionDraft(ragioneria.Id, 60m), new ContributionDraft(personale.Id, 30m)]), "Contributions");

        error.Message.ShouldBe("Le percentuali di contribuzione devono sommare a 100 (totale indicato: 90).");
        shared.Contributions.ShouldBeEmpty();
    }

    [Fact]
    public void TheSameUnitTwiceIsRefused()
    {
        var plan = new PlanBuilder();
        var ragioneria = plan.Unit("II");
        var shared = plan.UnitObjective(ragioneria, 10m);

        var error = DomainAssert.Refuses(
            () => shared.SetContributions([new ContributionDraft(ragioneria.Id, 50m), new ContributionDraft(ragioneria.Id, 50m)]), "Contributions");

        error.Message.ShouldBe("La stessa unità compare più volte tra le unità che contribuiscono.");
    }

    [Fact]
    public void NoContributionsClearThePreviousOnes()
    {
        var plan = new PlanBuilder();
        var ragioneria = plan.Unit("II");
        var shared = plan.UnitObjective(ragioneria, 10m);
        shared.SetContributions([new ContributionDraft(ragioneria.Id, 100m)]);

        shared.SetContributions([]);

        shared.Contributions.ShouldBeEmpty();
    }
}
