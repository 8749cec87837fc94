using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Planning;

public sealed class ObjectiveWeightTests
{
    public static TheoryData<decimal, string> WeightsOutsideZeroToHundred => new()
    {
        { -1m, "-1" },
        { -0.5m, "-0,5" },
        { 100.01m, "100,01" },
        { 120m, "120" },
    };

    [Theory]
    [MemberData(nameof(WeightsOutsideZeroToHundred))]
    public void WeightOutsideZeroToHundredIsRefusedInItalian(decimal weight, string printed)
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), 15m);

        var error = DomainAssert.Refuses(() => objective.SetWeight(weight), "Weight");

        error.Message.ShouldBe($"Peso dell'obiettivo: deve essere compreso tra 0 e 100 (valore indicato: {printed}).");
        objective.Weight.ShouldBe(15m);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(100)]
    public void WeightFromZeroToHundredInclusiveIsAccepted(int weight)
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), null);

        objective.SetWeight(weight);

        objective.Weight.ShouldBe(weight);
    }

    [Fact]
    public void NoWeightLeavesTheObjectiveToEqualWeighting()
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), 15m);

        objective.SetWeight(null);

        objective.Weight.ShouldBeNull();
    }

    [Fact]
    public void ARefusedWeightDoesNotTouchTheObjective()
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), 15m);
        var updatedAt = objective.UpdatedAt;

        Should.Throw<DomainException>(() => objective.SetWeight(120m));

        objective.UpdatedAt.ShouldBe(updatedAt);
    }
}
