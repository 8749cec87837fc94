using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Lifecycle;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Lifecycle;

// Bozza -> Inviato (per unit) -> Approvato -> Monitoraggio -> Rendicontazione -> Valutazione NIV -> Validato (issue 5).
public sealed class PlanLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Someone = Guid.CreateVersion7();

    [Fact]
    public void ANewPlanIsTheDraftOfVersionOne()
    {
        var plan = new PlanBuilder().Cycle;

        plan.State.ShouldBe(PlanState.Bozza);
        plan.VersionNumber.ShouldBe(1);
        plan.Approval.ShouldBeNull();
        plan.IsFrozen.ShouldBeFalse();
    }

    [Fact]
    public void ThePlanIsSentWhenItsLastUnitIsSent()
    {
        var (plan, first, second) = TwoUnits();

        plan.Cycle.SubmitUnit(first, plan.UnitsWithCards, Someone, Now);
        plan.Cycle.State.ShouldBe(PlanState.Bozza);
        plan.Cycle.IsUnitSubmitted(first).ShouldBeTrue();
        plan.Cycle.IsUnitSubmitted(second).ShouldBeFalse();

        plan.Cycle.SubmitUnit(second, plan.UnitsWithCards, Someone, Now);
        plan.Cycle.State.ShouldBe(PlanState.Inviato);
    }

    [Fact]
    public void AUnitIsSentOnlyOnce()
    {
        var (plan, first, _) = TwoUnits();
        plan.Cycle.SubmitUnit(first, plan.UnitsWithCards, Someone, Now);

        DomainAssert.Refuses(() => plan.Cycle.SubmitUnit(first, plan.UnitsWithCards, Someone, Now), "UnitId")
            .Message.ShouldContain("già state inviate");
    }

    [Fact]
    public void AUnitWithoutCardsHasNothingToSend()
    {
        var (plan, _, _) = TwoUnits();
        var empty = plan.Unit("III");

        DomainAssert.Refuses(() => plan.Cycle.SubmitUnit(empty.Id, plan.UnitsWithCards, Someone, Now), "UnitId");
    }

    [Fact]
    public void TheSegretarioSendsAUnitBackWithAReasonAndThePlanIsADraftAgain()
    {
        var (plan, first, second) = TwoUnits();
        plan.Cycle.SubmitUnit(first, plan.UnitsWithCards, Someone, Now);
        plan.Cycle.SubmitUnit(second, plan.UnitsWithCards, Someone, Now);

        plan.Cycle.ReturnUnit(second, "Rivedere i pesi", Someone, Now);

        plan.Cycle.State.ShouldBe(PlanState.Bozza);
        plan.Cycle.IsUnitSubmitted(second).ShouldBeFalse();
        plan.Cycle.IsUnitSubmitted(first).ShouldBeTrue();
        plan.Cycle.Submissions.Single(s => s.OrgUnitId == second).ReturnReason.ShouldBe("Rivedere i pesi");
    }

    [Fact]
    public void SendingBackNeedsAReason()
    {
        var (plan, first, _) = TwoUnits();
        plan.Cycle.SubmitUnit(first, plan.UnitsWithCards, Someone, Now);

        DomainAssert.Refuses(() => plan.Cycle.ReturnUnit(first, " ", Someone, Now), "Reason");
        plan.Cycle.IsUnitSubmitted(first).ShouldBeTrue();
    }

    [Fact]
    public void ApprovalRecordsTheGiuntaDeliberationAndFreezesThePlan()
    {
        var plan = new PlanBuilder().Cycle;

        plan.Approve([], " 12 ", new DateOnly(2024, 1, 30), Someone, Now);

        plan.State.ShouldBe(PlanState.Approvato);
        plan.IsFrozen.ShouldBeTrue();
        plan.Approval.ShouldBe(new PlanApproval("12", new DateOnly(2024, 1, 30), Now, Someone));
    }

    [Fact]
    public void ApprovalIsRefusedWithEveryProblemAndChangesNothing()
    {
        var plan = new PlanBuilder().Cycle;
        ApprovalProblem[] problems =
        [
            new(ApprovalProblemKind.WeightTotal, null, null, "Settore I – Dott. Mario Rossi: i pesi sommano a 99 %"),
            new(ApprovalProblemKind.MissingIndicators, null, null, "Settore II, obiettivo n. 1: manca almeno un indicatore"),
        ];

        var refused = Should.Throw<ApprovalRefusedException>(() => plan.Approve(problems, "12", new DateOnly(2024, 1, 30), Someone, Now));

        refused.Problems.ShouldBe(problems);
        refused.Message.ShouldBe("Il piano non può essere approvato: 2 problemi da risolvere.");
        plan.State.ShouldBe(PlanState.Bozza);
        plan.Approval.ShouldBeNull();
    }

    [Fact]
    public void ApprovalNeedsTheDeliberationNumberAndAPastDate()
    {
        var plan = new PlanBuilder().Cycle;

        DomainAssert.Refuses(() => plan.Approve([], "", new DateOnly(2024, 1, 30), Someone, Now), "DeliberationNumber");
        DomainAssert.Refuses(() => plan.Approve([], "12", new DateOnly(2024, 2, 2), Someone, Now), "DeliberationDate")
            .Message.ShouldBe("La data della deliberazione (02/02/2024) non può essere futura.");
        plan.State.ShouldBe(PlanState.Bozza);
    }

    [Fact]
    public void AnApprovedPlanIsNotApprovedTwiceNorSentAgain()
    {
        var (plan, first, _) = TwoUnits();
        plan.Cycle.Approve([], "12", new DateOnly(2024, 1, 30), Someone, Now);

        DomainAssert.Refuses(() => plan.Cycle.Approve([], "13", new DateOnly(2024, 1, 30), Someone, Now), "State").Message.ShouldBe("Il piano è già approvato.");
        DomainAssert.Refuses(() => plan.Cycle.SubmitUnit(first, plan.UnitsWithCards, Someone, Now), "State")
            .Message.ShouldBe("Il piano è approvato: per modificarlo occorre una variazione.");
    }

    [Fact]
    public void TheApprovedPlanMovesForwardOneStepAtATimeUpToValidato()
    {
        var plan = Approved();

        plan.Advance().ShouldBe(PlanState.Monitoraggio);
        plan.Advance().ShouldBe(PlanState.Rendicontazione);
        plan.Advance().ShouldBe(PlanState.ValutazioneNiv);
        plan.Advance().ShouldBe(PlanState.Validato);
        DomainAssert.Refuses(() => plan.Advance(), "State").Message.ShouldBe("Il piano è già validato: è l'ultimo stato del ciclo.");
        plan.IsFrozen.ShouldBeTrue();
    }

    [Fact]
    public void ADraftDoesNotMoveForwardWithoutApproval()
    {
        var plan = new PlanBuilder().Cycle;

        DomainAssert.Refuses(() => plan.Advance(), "State").Message.ShouldBe("Il piano deve essere prima approvato.");
    }

    [Fact]
    public void AVariazioneOpensTheNextVersionAsADraftAndKeepsItsReasonAndAct()
    {
        var (builder, first, _) = TwoUnits();
        var plan = builder.Cycle;
        plan.SubmitUnit(first, builder.UnitsWithCards, Someone, Now);
        plan.Approve([], "12", new DateOnly(2024, 1, 30), Someone, Now);
        plan.Advance();

        plan.StartVariation("Nuovo finanziamento regionale", "88", new DateOnly(2024, 1, 31), Someone, Now);

        plan.State.ShouldBe(PlanState.Bozza);
        plan.VersionNumber.ShouldBe(2);
        plan.Approval.ShouldBeNull();
        plan.IsUnitSubmitted(first).ShouldBeFalse("the new version is drafted unit by unit again");
        var variation = plan.CurrentVariation.ShouldNotBeNull();
        (variation.VersionNumber, variation.Reason, variation.ActNumber, variation.ActDate).ShouldBe((2, "Nuovo finanziamento regionale", "88", new DateOnly(2024, 1, 31)));
    }

    [Fact]
    public void ReApprovalFreezesTheNewVersion()
    {
        var plan = Approved();
        plan.StartVariation("Nuovo finanziamento regionale", "88", new DateOnly(2024, 1, 31), Someone, Now);

        plan.Approve([], "20", new DateOnly(2024, 2, 1), Someone, Now);

        plan.State.ShouldBe(PlanState.Approvato);
        plan.VersionNumber.ShouldBe(2);
        plan.Approval!.DeliberationNumber.ShouldBe("20");
        plan.Variations.Select(v => v.VersionNumber).ShouldBe([2]);
    }

    [Fact]
    public void AVariazioneNeedsAReasonAndAnAct()
    {
        var plan = Approved();

        DomainAssert.Refuses(() => plan.StartVariation("", "88", new DateOnly(2024, 1, 31), Someone, Now), "Reason");
        DomainAssert.Refuses(() => plan.StartVariation("Motivo", " ", new DateOnly(2024, 1, 31), Someone, Now), "ActNumber");
        DomainAssert.Refuses(() => plan.StartVariation("Motivo", "88", new DateOnly(2024, 3, 1), Someone, Now), "ActDate");
        plan.State.ShouldBe(PlanState.Approvato);
        plan.VersionNumber.ShouldBe(1);
    }

    [Theory]
    [InlineData(PlanState.Bozza)]
    [InlineData(PlanState.Rendicontazione)]
    [InlineData(PlanState.ValutazioneNiv)]
    [InlineData(PlanState.Validato)]
    public void AVariazioneIsRefusedOutsideApprovatoAndMonitoraggio(PlanState state)
    {
        var plan = state == PlanState.Bozza ? new PlanBuilder().Cycle : Approved();
        while (plan.State != state)
        {
            plan.Advance();
        }

        DomainAssert.Refuses(() => plan.StartVariation("Motivo", "88", new DateOnly(2024, 1, 31), Someone, Now), "State");
        plan.VersionNumber.ShouldBe(1);
    }

    private static PlanCycle Approved()
    {
        var plan = new PlanBuilder().Cycle;
        plan.Approve([], "12", new DateOnly(2024, 1, 30), Someone, Now);
        return plan;
    }

    private static (PlanBuilder Plan, Guid First, Guid Second) TwoUnits()
    {
        var plan = new PlanBuilder();
        var first = plan.Unit("I");
        var second = plan.Unit("II");
        plan.UnitObjectives(first, 60m);
        plan.UnitObjectives(second, 60m);
        return (plan, first.Id, second.Id);
    }
}
