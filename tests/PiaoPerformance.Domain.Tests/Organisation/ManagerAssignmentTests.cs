using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Organisation;

public sealed class ManagerAssignmentTests
{
    [Fact]
    public void AnEndBeforeTheStartIsRefused()
    {
        var plan = new PlanBuilder();
        var unit = plan.Unit("V");

        var error = DomainAssert.Refuses(
            () => _ = new ManagerAssignment(unit, plan.Person(), ManagerRole.ResponsabileEQ, new DateOnly(2024, 3, 5), new DateOnly(2024, 3, 4), false),
            "To");

        error.Message.ShouldBe("La data di fine (04/03/2024) non può precedere la data di inizio (05/03/2024).");
    }

    [Fact]
    public void ChangingThePeriodToEndBeforeTheStartKeepsTheOldPeriod()
    {
        var plan = new PlanBuilder();
        var assignment = new ManagerAssignment(plan.Unit("V"), plan.Person(), ManagerRole.ResponsabileEQ, new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 14), false);

        DomainAssert.Refuses(() => assignment.ChangePeriod(new DateOnly(2024, 1, 26), new DateOnly(2024, 1, 1)), "To");

        assignment.From.ShouldBe(new DateOnly(2024, 1, 1));
        assignment.To.ShouldBe(new DateOnly(2024, 1, 14));
    }

    [Theory]
    [InlineData("2024-01-25", false)]
    [InlineData("2024-01-26", true)]
    [InlineData("2024-03-04", true)]
    [InlineData("2024-03-05", false)]
    public void AnInterimIsActiveOnlyWithinItsPeriodBothEndsIncluded(string day, bool active)
    {
        var plan = new PlanBuilder();
        var interim = new ManagerAssignment(plan.Unit("V"), plan.Person(), ManagerRole.ResponsabileEQ, new DateOnly(2024, 1, 26), new DateOnly(2024, 3, 4), true);

        interim.IsActiveOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(active);
    }

    [Fact]
    public void ServicesInScopeAreTrimmedWithoutBlanksOrRepeats()
    {
        var plan = new PlanBuilder();

        var interim = new ManagerAssignment(plan.Unit("VI"), plan.Person(), ManagerRole.ResponsabileEQ, new DateOnly(2024, 1, 1), null, true,
            [" Attività produttive", "Suap Commercio", "", "Attività produttive"]);

        interim.ScopeServices.ShouldBe(["Attività produttive", "Suap Commercio"]);
    }

    [Fact]
    public void APersonOfAnotherEnteIsRefused()
    {
        var plan = new PlanBuilder();
        var stranger = new PlanBuilder().Person();

        var error = DomainAssert.Refuses(
            () => _ = new ManagerAssignment(plan.Unit("I"), stranger, ManagerRole.ResponsabileEQ, new DateOnly(2024, 1, 1), null, false), "PersonId");

        error.Message.ShouldBe("La persona e l'unità appartengono a enti diversi.");
    }
}
