using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Planning;

public sealed class ObjectiveScheduleTests
{
    [Fact]
    public void EndBeforeStartIsRefusedWithBothDatesInItalianFormat()
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), 10m);

        var error = DomainAssert.Refuses(() => objective.Schedule(new DateOnly(2024, 1, 1), new DateOnly(2023, 12, 31), null), "EndDate");

        error.Message.ShouldBe("La data di fine (31/12/2023) non può precedere la data di inizio (01/01/2024).");
        objective.StartDate.ShouldBeNull();
        objective.EndDate.ShouldBeNull();
    }

    [Fact]
    public void EndOnTheStartDayIsAccepted()
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), 10m);
        var day = new DateOnly(2024, 6, 30);

        objective.Schedule(day, day, null);

        objective.StartDate.ShouldBe(day);
        objective.EndDate.ShouldBe(day);
    }

    [Fact]
    public void AnEndWrittenAsTextIsKeptAsPrinted()
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), 10m);

        objective.Schedule(new DateOnly(2024, 1, 1), null, "  31.12 di ciascun anno ");

        objective.EndDate.ShouldBeNull();
        objective.EndText.ShouldBe("31.12 di ciascun anno");
    }
}
