using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Planning;

public sealed class PlanCycleTests
{
    [Fact]
    public void ATrienniumHasThreeYearsAndADefaultTitle()
    {
        var cycle = new PlanCycle(Guid.NewGuid(), 2024, 2026);

        cycle.Years.ShouldBe([2024, 2025, 2026]);
        cycle.Title.ShouldBe("PIAO 2024-2026");
        cycle.State.ShouldBe(PlanState.Bozza);
    }

    [Theory]
    [InlineData(2024, 2023)]
    [InlineData(2024, 2029)]
    public void AnEndBeforeTheStartOrBeyondFiveYearsIsRefused(int startYear, int endYear)
    {
        var error = DomainAssert.Refuses(() => _ = new PlanCycle(Guid.NewGuid(), startYear, endYear), "EndYear");

        error.Message.ShouldBe("Il ciclo deve durare da uno a cinque anni (di norma un triennio).");
    }

    [Theory]
    [InlineData(2023, false)]
    [InlineData(2024, true)]
    [InlineData(2026, true)]
    [InlineData(2027, false)]
    public void ContainsOnlyItsOwnYears(int year, bool contained)
    {
        var cycle = new PlanCycle(Guid.NewGuid(), 2024, 2026);

        cycle.Contains(year).ShouldBe(contained);
    }

    [Fact]
    public void NotesAreReplacedPerKindInOrderWithoutBlankParagraphs()
    {
        var cycle = new PlanCycle(Guid.NewGuid(), 2024, 2026);
        cycle.ReplaceNotes(PlanNoteKind.MethodItem, ["vecchia nota"]);
        cycle.ReplaceNotes(PlanNoteKind.PaymentTimes, ["tempi di pagamento"]);

        cycle.ReplaceNotes(PlanNoteKind.MethodItem, [" prima ", "", "seconda"]);

        cycle.NotesOf(PlanNoteKind.MethodItem).ShouldBe(["prima", "seconda"]);
        cycle.NotesOf(PlanNoteKind.PaymentTimes).ShouldBe(["tempi di pagamento"]);
    }
}
