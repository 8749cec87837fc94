using PiaoPerformance.Domain.Calendar;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Sheets;

/// <summary>SPEC §4.13: the evaluator who leaves during the year is replaced from the next day; the replacement is the final evaluator.</summary>
public sealed class EvaluatorReplacementTests
{
    private static readonly DateOnly LeftOn = new(2025, 4, 30);
    private readonly SheetBuilder _build = new();
    private readonly Guid _replacement = Guid.NewGuid();

    [Fact]
    public void TheReplacementBecomesTheEvaluatorFromTheNextDayAndTheOneWhoLeftIsNoLongerNamed()
    {
        var sheet = _build.Draft();

        var change = sheet.ReplaceEvaluator(_build.Evaluator, LeftOn, _replacement, "Trasferito ad altro ente");

        sheet.EvaluatorPersonIds.ShouldBe([_replacement]);
        sheet.ProposerPersonIds.ShouldBe([_build.Proposer]);
        sheet.Evaluators.Single(e => e.PersonId == _replacement).OrgUnitId.ShouldBe(_build.Unit);
        change.ReplacementFrom.ShouldBe(new DateOnly(2025, 5, 1));
        change.Role.ShouldBe(SheetEvaluatorRole.Valutatore);
        sheet.EvaluatorChanges.ShouldHaveSingleItem().FormerPersonId.ShouldBe(_build.Evaluator);
    }

    [Fact]
    public void ThePartialEvaluationOfTheOneWhoLeftStaysAndTheReplacementCombinesItFromTheNextDay()
    {
        var sheet = _build.Filled();
        var change = sheet.ReplaceEvaluator(_build.Evaluator, LeftOn, _replacement, null);
        sheet.HasPartialOf(change).ShouldBeFalse();
        sheet.AddPartialEvaluation(_build.Evaluator, new DateOnly(2025, 1, 1), LeftOn, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3], null, SheetBuilder.System);

        sheet.CombinePartialEvaluations(change.ReplacementFrom, [5, 5, 5, 5, 5, 5, 5, 5, 5, 5], SheetBuilder.System);

        sheet.HasPartialOf(change).ShouldBeTrue();
        // 120 days at 3, 245 days at 5: (360 + 1225) / 365 = 4,34 → 4.
        sheet.ScoreList.ShouldAllBe(s => s == 4);
    }

    [Fact]
    public void AJointEvaluatorIsReplacedAsJointEvaluator()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var sheet = new EvaluationSheet(new SheetOpening
        {
            MunicipalityId = _build.Municipality, PlanCycleId = Guid.NewGuid(), PersonId = _build.Employee, Year = 2025, Role = EvaluatedRole.Dipendente,
            OrgUnitId = _build.Unit, Evaluators = [new(first, SheetEvaluatorRole.Valutatore, _build.Unit), new(second, SheetEvaluatorRole.Congiunto, Guid.NewGuid())],
        });

        sheet.ReplaceEvaluator(second, LeftOn, _replacement, null);

        sheet.Evaluators.Single(e => e.PersonId == _replacement).Role.ShouldBe(SheetEvaluatorRole.Congiunto);
        sheet.IsJoint.ShouldBeTrue();
    }

    [Fact]
    public void ALeavingDateOutsideTheYearIsRefused() =>
        DomainAssert.Refuses(() => _build.Draft().ReplaceEvaluator(_build.Evaluator, new DateOnly(2024, 12, 31), _replacement, null), "leftOn");

    [Fact]
    public void LeavingOn31DecemberIsNoChange() =>
        DomainAssert.Refuses(() => _build.Draft().ReplaceEvaluator(_build.Evaluator, new DateOnly(2025, 12, 31), _replacement, null), "leftOn");

    [Fact]
    public void TheReplacementCannotBeTheOneWhoLeaves() =>
        DomainAssert.Refuses(() => _build.Draft().ReplaceEvaluator(_build.Evaluator, LeftOn, _build.Evaluator, null), "replacementPersonId");

    [Fact]
    public void TheReplacementCannotBeThePersonEvaluated() =>
        DomainAssert.Refuses(() => _build.Draft().ReplaceEvaluator(_build.Evaluator, LeftOn, _build.Employee, null), "replacementPersonId");

    [Fact]
    public void TheReplacementCannotBeSomeoneAlreadyNamedOnTheSheet() =>
        DomainAssert.Refuses(() => _build.Draft().ReplaceEvaluator(_build.Evaluator, LeftOn, _build.Proposer, null), "replacementPersonId");

    [Fact]
    public void OnlyAnEvaluatorOfTheSheetCanBeReplaced()
    {
        DomainAssert.Refuses(() => _build.Draft().ReplaceEvaluator(Guid.NewGuid(), LeftOn, _replacement, null), "formerPersonId");
        DomainAssert.Refuses(() => _build.Draft().ReplaceEvaluator(_build.Proposer, LeftOn, _replacement, null), "formerPersonId");
    }

    [Fact]
    public void ASheetEvaluatedByTheNivHasNoPersonToReplace()
    {
        var nivMember = Guid.NewGuid();
        var sheet = new EvaluationSheet(new SheetOpening
        {
            MunicipalityId = _build.Municipality, PlanCycleId = Guid.NewGuid(), PersonId = _build.Employee, Year = 2025, Role = EvaluatedRole.Dirigente,
            OrgUnitId = _build.Unit,
        });

        DomainAssert.Refuses(() => sheet.ReplaceEvaluator(nivMember, LeftOn, _replacement, null), "formerPersonId");
    }

    [Fact]
    public void ANotifiedSheetKeepsItsEvaluator()
    {
        var sheet = _build.Filled();
        sheet.Notify(_build.Evaluator, new DateOnly(2025, 3, 3), WorkingDayCalendar.Default, SheetBuilder.System);

        DomainAssert.Refuses(() => sheet.ReplaceEvaluator(_build.Evaluator, LeftOn, _replacement, null), "state");
        sheet.EvaluatorPersonIds.ShouldBe([_build.Evaluator]);
    }

    [Fact]
    public void ASecondChangeMustComeAfterTheFirst()
    {
        var sheet = _build.Draft();
        sheet.ReplaceEvaluator(_build.Evaluator, LeftOn, _replacement, null);

        DomainAssert.Refuses(() => sheet.ReplaceEvaluator(_replacement, new DateOnly(2025, 3, 1), Guid.NewGuid(), null), "leftOn");
        sheet.ReplaceEvaluator(_replacement, new DateOnly(2025, 9, 30), Guid.NewGuid(), null).Number.ShouldBe(2);
    }

    [Fact]
    public void APartialEvaluationOfTheOneWhoLeavesBeyondTheLeavingDateIsRefused()
    {
        var sheet = _build.Draft();
        sheet.AddPartialEvaluation(_build.Evaluator, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), SheetBuilder.ExampleScores, null, SheetBuilder.System);

        DomainAssert.Refuses(() => sheet.ReplaceEvaluator(_build.Evaluator, LeftOn, _replacement, null), "leftOn");
    }
}
