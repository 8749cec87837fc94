using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Access;

// Who may change a card, and when: AccessRules.WhyCannotEditObjective says why not, in the user's words.
public sealed class ObjectiveEditRulesTests
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AResponsabileChangesTheCardsOfTheirUnitWhileThePlanIsADraft()
    {
        var (plan, first, _) = TwoUnits();
        var head = Actors.For(plan, plan.People[0]);

        AccessRules.WhyCannotEditObjective(head, plan.Cycle, first, unitSubmitted: false).ShouldBeNull();
        AccessRules.CanEditObjective(head, plan.Cycle, first, unitSubmitted: false).ShouldBeTrue();
    }

    [Fact]
    public void AResponsabileDoesNotChangeAnotherUnitsCard()
    {
        var (plan, _, second) = TwoUnits();
        var head = Actors.For(plan, plan.People[0]);

        AccessRules.WhyCannotEditObjective(head, plan.Cycle, second, unitSubmitted: false).ShouldBe("Non sei responsabile di questa unità.");
    }

    [Fact]
    public void ASentUnitIsClosedToItsResponsabileButNotToTheSegretario()
    {
        var (plan, first, _) = TwoUnits();
        var head = Actors.For(plan, plan.People[0]);
        var segretario = Actors.Segretario(plan);

        AccessRules.WhyCannotEditObjective(head, plan.Cycle, first, unitSubmitted: true).ShouldStartWith("Le schede di questa unità sono state inviate");
        AccessRules.CanEditObjective(segretario, plan.Cycle, first, unitSubmitted: true).ShouldBeTrue();
    }

    [Fact]
    public void AnApprovedPlanRefusesEveryChangeEvenTheSegretarios()
    {
        var (plan, first, _) = TwoUnits();
        var head = Actors.For(plan, plan.People[0]);
        var segretario = Actors.Segretario(plan);
        plan.Cycle.Approve([], "12", new DateOnly(2024, 1, 30), segretario.PersonId, Now);

        AccessRules.WhyCannotEditObjective(segretario, plan.Cycle, first, false).ShouldBe("Il piano è approvato: per modificarlo occorre una variazione.");
        AccessRules.WhyCannotEditObjective(head, plan.Cycle, first, false).ShouldBe("Il piano è approvato: per modificarlo occorre una variazione.");
        plan.Cycle.Advance();
        plan.Cycle.Advance();
        AccessRules.WhyCannotEditObjective(segretario, plan.Cycle, first, false).ShouldBe("Il piano è nello stato «Rendicontazione»: gli obiettivi non possono più essere modificati.");
    }

    [Fact]
    public void AfterAVariazioneTheCardsCanBeChangedAgain()
    {
        var (plan, first, _) = TwoUnits();
        var head = Actors.For(plan, plan.People[0]);
        plan.Cycle.Approve([], "12", new DateOnly(2024, 1, 30), head.PersonId, Now);

        plan.Cycle.StartVariation("Nuovo finanziamento", "88", new DateOnly(2024, 1, 31), head.PersonId, Now);

        AccessRules.CanEditObjective(head, plan.Cycle, first, unitSubmitted: false).ShouldBeTrue();
    }

    [Fact]
    public void ASentPlanIsChangedOnlyAfterTheSegretarioSendsAUnitBack()
    {
        var (plan, first, _) = TwoUnits();
        var segretario = Actors.Segretario(plan);
        foreach (var unit in plan.UnitsWithCards)
        {
            plan.Cycle.SubmitUnit(unit, plan.UnitsWithCards, segretario.PersonId, Now);
        }

        AccessRules.WhyCannotEditObjective(segretario, plan.Cycle, first, true).ShouldStartWith("Il piano è stato inviato per l'approvazione");
    }

    [Fact]
    public void InterimHeadsOfASplitUnitEachChangeOnlyTheCardsAssignedToThem()
    {
        var plan = new PlanBuilder();
        var settore = plan.Unit("VI");
        var rinaldi = plan.Person("Rinaldi");
        var ventura = plan.Person("Ventura");
        plan.Managers.Add(new ManagerAssignment(settore, rinaldi, ManagerRole.ResponsabileEQ, new DateOnly(2024, 1, 1), null, true, ["Anagrafe", "Stato civile"]));
        plan.Managers.Add(new ManagerAssignment(settore, ventura, ManagerRole.ResponsabileEQ, new DateOnly(2024, 1, 1), null, true, ["Suap Commercio"]));
        var registers = plan.UnitObjective(settore, 10m, rinaldi);
        var suap = plan.UnitObjective(settore, 30m, ventura);

        AccessRules.CanEditObjective(Actors.For(plan, rinaldi), plan.Cycle, registers, false).ShouldBeTrue();
        AccessRules.CanEditObjective(Actors.For(plan, ventura), plan.Cycle, suap, false).ShouldBeTrue();
        AccessRules.WhyCannotEditObjective(Actors.For(plan, rinaldi), plan.Cycle, suap, false).ShouldBe("Questa scheda è assegnata a un altro responsabile dell'unità.");
        AccessRules.WhyCannotEditObjective(Actors.For(plan, ventura), plan.Cycle, registers, false).ShouldBe("Questa scheda è assegnata a un altro responsabile dell'unità.");
    }

    [Fact]
    public void OnlyTheSegretarioChangesACrossCuttingCard()
    {
        var (plan, _, _) = TwoUnits();
        var strategic = plan.CrossCutting(40m);
        var head = Actors.For(plan, plan.People[0]);

        AccessRules.WhyCannotEditObjective(head, plan.Cycle, strategic, false).ShouldBe("Solo il Segretario può modificare gli obiettivi trasversali e di ente.");
        AccessRules.CanEditObjective(Actors.Segretario(plan), plan.Cycle, strategic, false).ShouldBeTrue();
    }

    [Fact]
    public void TheSegretarioMovesThePlanForwardAndTheNivValidatesIt()
    {
        var plan = new PlanBuilder();
        var segretario = Actors.Segretario(plan);
        var niv = Actors.Niv(plan);
        plan.Cycle.Approve([], "12", new DateOnly(2024, 1, 30), segretario.PersonId, Now);

        foreach (var _ in new[] { PlanState.Monitoraggio, PlanState.Rendicontazione, PlanState.ValutazioneNiv })
        {
            AccessRules.CanAdvancePlan(segretario, plan.Cycle).ShouldBeTrue($"from {plan.Cycle.State}");
            AccessRules.CanAdvancePlan(niv, plan.Cycle).ShouldBeFalse($"from {plan.Cycle.State}");
            plan.Cycle.Advance();
        }

        AccessRules.CanAdvancePlan(segretario, plan.Cycle).ShouldBeFalse("Valutazione NIV -> Validato is the NIV's");
        AccessRules.CanAdvancePlan(niv, plan.Cycle).ShouldBeTrue();
    }

    [Fact]
    public void NobodyMovesADraftForward()
    {
        var plan = new PlanBuilder();

        AccessRules.CanAdvancePlan(Actors.Segretario(plan), plan.Cycle).ShouldBeFalse();
    }

    private static (PlanBuilder Plan, Objective First, Objective Second) TwoUnits()
    {
        var plan = new PlanBuilder();
        var first = plan.Unit("I");
        var second = plan.Unit("II");
        plan.Head(first);
        plan.Head(second);
        return (plan, plan.UnitObjective(first, 60m), plan.UnitObjective(second, 60m));
    }
}
