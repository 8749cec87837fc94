using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Sheets;

/// <summary>SPEC §4.12, Example 9, and the joint sheet it allows.</summary>
public sealed class SheetAssignmentTests
{
    [Fact]
    public void TransferOn20MayGivesOneSheetOfTheUnitOfPrevalence()
    {
        var result = SheetAssignment.Decide(2024, [new("A", new DateOnly(2024, 1, 1), new DateOnly(2024, 5, 19)), new("B", new DateOnly(2024, 5, 20))],
            jointSheetOnTie: true, new Explanation());

        result.Sheets.ShouldHaveSingleItem().ShouldBe(["B"]);
    }

    [Fact]
    public void TransferOn1JulyGivesOneJointSheetWhenTheEnteChoosesIt()
    {
        var result = SheetAssignment.Decide(2024, [new("A", new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30)), new("B", new DateOnly(2024, 7, 1))],
            jointSheetOnTie: true, new Explanation());

        result.Prevalence.Outcome.ShouldBe(PrevalenceOutcome.TwoSheetsOrJointSheet);
        result.Sheets.ShouldHaveSingleItem().ShouldBe(["A", "B"]);
    }

    [Fact]
    public void TransferOn1JulyGivesTwoSheetsOtherwise()
    {
        var result = SheetAssignment.Decide(2024, [new("A", new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30)), new("B", new DateOnly(2024, 7, 1))],
            jointSheetOnTie: false, new Explanation());

        result.Sheets.Count.ShouldBe(2);
        result.Sheets.Select(s => s.Single()).ShouldBe(["A", "B"]);
    }

    [Fact]
    public void AJointSheetIsFilledByBothDirigentiAndOnlyOneMainEvaluatorIsAllowed()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var opening = new SheetOpening
        {
            MunicipalityId = Guid.NewGuid(),
            PlanCycleId = Guid.NewGuid(),
            PersonId = Guid.NewGuid(),
            Year = 2024,
            Role = EvaluatedRole.Dipendente,
            Evaluators = [new(first, SheetEvaluatorRole.Valutatore, Guid.NewGuid()), new(second, SheetEvaluatorRole.Congiunto, Guid.NewGuid())],
        };

        var sheet = new EvaluationSheet(opening);

        sheet.IsJoint.ShouldBeTrue();
        sheet.EvaluatorPersonIds.ShouldBe([first, second]);
        DomainAssert.Refuses(() => new EvaluationSheet(opening with
        {
            Evaluators = [new(first, SheetEvaluatorRole.Valutatore), new(second, SheetEvaluatorRole.Valutatore)],
        }), "evaluators");
    }
}
