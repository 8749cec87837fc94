using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Planning;

public sealed class ObjectiveStatusTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void CancellingWithoutAReasonIsRefused(string? reason)
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("V"), 10m);

        var error = DomainAssert.Refuses(() => objective.Cancel(reason!), "CancellationReason");

        error.Message.ShouldBe("Motivo dell'annullamento: campo obbligatorio.");
        objective.Status.ShouldBe(ObjectiveStatus.Planned);
    }

    [Fact]
    public void CancellingWithAReasonKeepsTheReason()
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("V"), 10m);

        objective.Cancel(" Progetto eliminato in quanto non finanziato ");

        objective.Status.ShouldBe(ObjectiveStatus.Cancelled);
        objective.CancellationReason.ShouldBe("Progetto eliminato in quanto non finanziato");
    }

    [Fact]
    public void ACancelledObjectiveCannotBeStartedUntilReinstated()
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("V"), 10m);
        objective.Cancel("Non finanziato");

        DomainAssert.Refuses(objective.Start, "Status");
        objective.Reinstate();
        objective.Start();

        objective.Status.ShouldBe(ObjectiveStatus.InProgress);
        objective.CancellationReason.ShouldBeNull();
    }
}
