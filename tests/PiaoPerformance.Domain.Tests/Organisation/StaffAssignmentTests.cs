using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Organisation;

public sealed class StaffAssignmentTests
{
    public static TheoryData<decimal> PartTimesOutOfRange => [0m, -10m, 100.5m, 150m];

    [Theory]
    [MemberData(nameof(PartTimesOutOfRange))]
    public void APartTimeOfZeroOrAboveHundredIsRefused(decimal pct)
    {
        var plan = new PlanBuilder();

        var error = DomainAssert.Refuses(() => _ = Assign(plan, pct, PartTimeType.Horizontal), "PartTimePct");

        error.Message.ShouldBe("La percentuale di part-time deve essere maggiore di 0 e non superiore a 100.");
    }

    [Fact]
    public void HundredPercentIsFullTimeWhateverTheTypeGiven()
    {
        var assignment = Assign(new PlanBuilder(), 100m, PartTimeType.Vertical);

        assignment.PartTimeType.ShouldBe(PartTimeType.FullTime);
    }

    [Theory]
    [InlineData(PartTimeType.FullTime, PartTimeType.Horizontal)]
    [InlineData(PartTimeType.Horizontal, PartTimeType.Horizontal)]
    [InlineData(PartTimeType.Vertical, PartTimeType.Vertical)]
    public void APartTimeBelowHundredIsNeverFullTime(PartTimeType given, PartTimeType stored)
    {
        var assignment = Assign(new PlanBuilder(), 50m, given);

        assignment.PartTimePct.ShouldBe(50m);
        assignment.PartTimeType.ShouldBe(stored);
    }

    [Fact]
    public void AnEndBeforeTheStartIsRefused()
    {
        var plan = new PlanBuilder();

        DomainAssert.Refuses(
            () => _ = new StaffAssignment(plan.Unit("II"), plan.Person(), "Istruttore amministrativo-contabile", ClassificationArea.Istruttori,
                new DateOnly(2024, 6, 1), new DateOnly(2024, 5, 31)),
            "To");
    }

    private static StaffAssignment Assign(PlanBuilder plan, decimal pct, PartTimeType type) =>
        new(plan.Unit("II"), plan.Person(), "Istruttore amministrativo-contabile", ClassificationArea.Istruttori, new DateOnly(2024, 1, 1),
            null, pct, type);
}
