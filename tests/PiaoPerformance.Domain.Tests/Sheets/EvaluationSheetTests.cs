using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Sheets;

public sealed class EvaluationSheetTests
{
    private readonly SheetBuilder _build = new();

    [Fact]
    public void ExampleOneSheetScoresAsTheEngineWithTheFineMovingItToTheEightyBand()
    {
        var sheet = _build.Filled();

        var clean = sheet.Compute(SheetBuilder.System);
        clean.A.ShouldBe(24m);
        clean.B.ShouldBe(23.125m);
        clean.C.ShouldBe(45m);
        clean.D.ShouldBe(92.125m);
        clean.Band!.PayPct.ShouldBe(100m);

        sheet.SetSanctions(new SanctionsInput { Fine = 1 });
        var fined = sheet.Compute(SheetBuilder.System);
        fined.DAfterSanctions.ShouldBe(87.51875m);
        fined.Band!.PayPct.ShouldBe(80m);
        fined.Pay.ShouldBe(800m);
        fined.Explanation.ShouldNotBeEmpty();
    }

    [Fact]
    public void AnAchievementAbove100IsRefusedNamingTheFieldAndNothingChanges()
    {
        var sheet = _build.Filled();

        var error = DomainAssert.Refuses(() => sheet.TakeAgreedAchievements([new(_build.ObjectiveIds[0], 100m), new(_build.ObjectiveIds[1], 120m)]),
            "achievements[1].pct");

        error.Message.ShouldContain("tra 0 e 100");
        sheet.Objectives[1].AgreedPct.ShouldBe(75m);
    }

    [Fact]
    public void AScoreAboveTheItemMaximumIsRefusedAndTheScoresStay()
    {
        var sheet = _build.Filled();

        DomainAssert.Refuses(() => sheet.SetScores([6, 4, 5, 4, 5, 4, 5, 4, 5, 4], null, SheetBuilder.System), "behaviourScores[0]");

        sheet.ScoreList.ShouldBe(SheetBuilder.ExampleScores);
    }

    [Fact]
    public void AZeroOnAnItemWhoseLevelsStartAtOneNeedsANote()
    {
        var sheet = _build.Draft();
        int[] scores = [0, 4, 5, 4, 5, 4, 5, 4, 5, 4];

        DomainAssert.Refuses(() => sheet.SetScores(scores, null, SheetBuilder.System), "notes[0]");
        sheet.SetScores(scores, ["Assenza di collaborazione documentata"], SheetBuilder.System);

        sheet.Scores[0].Note.ShouldBe("Assenza di collaborazione documentata");
    }

    [Fact]
    public void ObjectiveWithoutAnAgreedAchievementMakesTheSheetIncomplete()
    {
        var sheet = _build.Draft();
        sheet.SetEntePerformance(96m);
        sheet.SetScores(SheetBuilder.ExampleScores, null, SheetBuilder.System);
        sheet.TakeAgreedAchievements([new(_build.ObjectiveIds[0], 100m), new(_build.ObjectiveIds[1], null, Excluded: true)]);

        DomainAssert.Refuses(() => sheet.Compute(SheetBuilder.System), "achievements[2].pct");
    }

    [Fact]
    public void AnExcludedObjectiveReweightsTheOthers()
    {
        var sheet = _build.Filled();
        sheet.TakeAgreedAchievements([new(_build.ObjectiveIds[1], null, Excluded: true)]);

        var result = sheet.Compute(SheetBuilder.System);

        result.ObjectivesSum.ShouldBe(100m);
        result.Objectives[1].Excluded.ShouldBeTrue();
    }

    [Fact]
    public void TheEvaluatedPersonCannotEvaluateTheirOwnSheet() =>
        DomainAssert.Refuses(() => new EvaluationSheet(new SheetOpening
        {
            MunicipalityId = _build.Municipality,
            PlanCycleId = Guid.NewGuid(),
            PersonId = _build.Employee,
            Year = 2025,
            Role = EvaluatedRole.Dipendente,
            Evaluators = [new(_build.Employee, SheetEvaluatorRole.Valutatore)],
        }), "evaluators");

    [Fact]
    public void ADirigenteIsEvaluatedByTheNivAndNotByAnotherDirigente() =>
        DomainAssert.Refuses(() => new EvaluationSheet(new SheetOpening
        {
            MunicipalityId = _build.Municipality,
            PlanCycleId = Guid.NewGuid(),
            PersonId = _build.Employee,
            Year = 2025,
            Role = EvaluatedRole.Dirigente,
            EvaluatorKind = EvaluatorKind.Dirigente,
            Evaluators = [new(_build.Evaluator, SheetEvaluatorRole.Valutatore)],
        }), "EvaluatorKind");

    [Fact]
    public void ServiceDatesOutsideTheSheetYearAreRefused() =>
        DomainAssert.Refuses(() => _build.Draft().SetService(new ServiceInput { From = new DateOnly(2024, 12, 1) }), "service.from");

    [Fact]
    public void PresenceUnderThreeMonthsMakesTheSheetNotEvaluableUnlessProtected()
    {
        var sheet = _build.Filled(2024);
        sheet.SetService(new ServiceInput { From = new DateOnly(2024, 10, 15) });

        var result = sheet.Compute(SheetBuilder.System);
        result.Evaluable.ShouldBeFalse();
        result.Pay.ShouldBe(0m);

        sheet.SetService(new ServiceInput { From = new DateOnly(2024, 10, 15), ProtectedAbsence = true });
        sheet.Compute(SheetBuilder.System).Evaluable.ShouldBeTrue();
    }
}
