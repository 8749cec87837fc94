using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Sheets;

/// <summary>SPEC §4.13: an evaluator who leaves evaluates up to their last day; the final evaluator combines.</summary>
public sealed class PartialEvaluationTests
{
    private readonly SheetBuilder _build = new();

    [Fact]
    public void TheFinalEvaluatorCombinesPartialScoresByTheDaysOfEachPeriod()
    {
        var sheet = _build.Filled(2024);
        var leaver = Guid.NewGuid();
        // 1 Jan - 31 Mar 2024: 91 days; 1 Apr - 31 Dec: 275 days.
        sheet.AddPartialEvaluation(leaver, new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31), [1, 2, 3, 4, 5, 5, 5, 5, 5, 1], "Trasferito", SheetBuilder.System);

        var lines = sheet.CombinePartialEvaluations(new DateOnly(2024, 4, 1), [5, 5, 5, 5, 5, 1, 2, 3, 4, 5], SheetBuilder.System);

        // (1×91 + 5×275)/366 = 4,005 → 4; (3×91 + 5×275)/366 = 4,503 → 5; (5×91 + 1×275)/366 = 1,995 → 2;
        // (5×91 + 3×275)/366 = 3,497 → 3.
        sheet.ScoreList.ShouldBe([4, 4, 5, 5, 5, 2, 3, 3, 4, 4]);
        lines[0].ShouldContain("91 giorni");
        lines[0].ShouldContain("275 giorni");
        sheet.PartialEvaluations.ShouldHaveSingleItem().ScoreList.ShouldBe([1, 2, 3, 4, 5, 5, 5, 5, 5, 1]);
    }

    [Fact]
    public void OverlappingPartialPeriodsAreRefused()
    {
        var sheet = _build.Filled(2024);
        sheet.AddPartialEvaluation(Guid.NewGuid(), new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31), SheetBuilder.ExampleScores, null, SheetBuilder.System);

        DomainAssert.Refuses(() => sheet.AddPartialEvaluation(Guid.NewGuid(), new DateOnly(2024, 3, 1), new DateOnly(2024, 5, 31),
            SheetBuilder.ExampleScores, null, SheetBuilder.System), "from");
    }

    [Fact]
    public void APartialEvaluationWithAScoreAboveTheMaximumIsRefused() =>
        DomainAssert.Refuses(() => _build.Filled(2024).AddPartialEvaluation(Guid.NewGuid(), new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31),
            [9, 4, 5, 4, 5, 4, 5, 4, 5, 4], null, SheetBuilder.System), "behaviourScores[0]");

    [Fact]
    public void TheFinalPeriodMustFollowThePartialOnes()
    {
        var sheet = _build.Filled(2024);
        sheet.AddPartialEvaluation(Guid.NewGuid(), new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30), SheetBuilder.ExampleScores, null, SheetBuilder.System);

        DomainAssert.Refuses(() => sheet.CombinePartialEvaluations(new DateOnly(2024, 6, 1), SheetBuilder.ExampleScores, SheetBuilder.System), "finalFrom");
    }
}
