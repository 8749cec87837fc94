using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Tests.Measurement;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Access;

public sealed class MeasurementRulesTests
{
    [Fact]
    public void TheHeadOfTheUnitReportsAndTheHeadOfAnotherDoesNot()
    {
        var plan = new PlanBuilder();
        var (first, second) = (plan.Unit("I"), plan.Unit("II"));
        var (head1, head2) = (plan.Head(first), plan.Head(second));
        var card = plan.UnitObjective(first, 100m);

        AccessRules.WhyCannotReport(Actors.For(plan, head1), plan.Cycle, card).ShouldBeNull();
        AccessRules.WhyCannotReport(Actors.For(plan, head2), plan.Cycle, card).ShouldBe(AccessRules.NotHeadOfUnit);
        AccessRules.CanReport(Actors.Niv(plan), plan.Cycle, card).ShouldBeFalse();
    }

    [Fact]
    public void TheSegretarioReportsOnCrossCuttingObjectives()
    {
        var plan = new PlanBuilder();
        var strategic = plan.CrossCutting(40m);

        AccessRules.CanReport(Actors.Segretario(plan), plan.Cycle, strategic).ShouldBeTrue();
    }

    [Fact]
    public void OnlyTheNivMeasuresAndOnlyInRendicontazioneOrValutazioneNiv()
    {
        var plan = new PlanBuilder();
        var unit = plan.Unit("I");
        var head = plan.Head(unit);
        plan.UnitObjective(unit, 100m);
        var niv = Actors.Niv(plan);

        plan.In(PlanState.Monitoraggio);
        AccessRules.WhyCannotMeasure(niv, plan.Cycle).ShouldBe("La misurazione del NIV è possibile con il piano in Rendicontazione o in Valutazione NIV.");
        plan.In(PlanState.Rendicontazione);
        AccessRules.WhyCannotMeasure(niv, plan.Cycle).ShouldBeNull();
        AccessRules.WhyCannotMeasure(Actors.For(plan, head), plan.Cycle).ShouldBe(AccessRules.NotNiv);
        AccessRules.WhyCannotMeasure(Actors.Segretario(plan), plan.Cycle).ShouldBe(AccessRules.NotNiv);
    }

    [Fact]
    public void TheGiuntaEntersTheEntesPerformanceAndTheNivValidatesIt()
    {
        var plan = new PlanBuilder();
        var ente = plan.Municipality.Id;
        var giunta = Actors.For(plan, plan.Person("Giunta"), AppRole.Giunta);
        var niv = Actors.Niv(plan);

        (AccessRules.CanEnterEntePerformance(giunta, ente), AccessRules.CanValidateEntePerformance(giunta, ente)).ShouldBe((true, false));
        (AccessRules.CanEnterEntePerformance(niv, ente), AccessRules.CanValidateEntePerformance(niv, ente)).ShouldBe((false, true));
        AccessRules.CanEnterEntePerformance(giunta, Guid.NewGuid()).ShouldBeFalse("another ente");
    }
}
