using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Access;

public sealed class ImportRulesTests
{
    [Fact]
    public void TheSegretarioAndAHeadOfUnitMayImportIntoAPlanInBozzaAndTheNivMayNot()
    {
        var plan = new PlanBuilder();
        var head = plan.Head(plan.Unit("I"));

        AccessRules.WhyCannotImportPlan(Actors.Segretario(plan), plan.Cycle).ShouldBeNull();
        AccessRules.WhyCannotImportPlan(Actors.For(plan, head), plan.Cycle).ShouldBeNull();
        AccessRules.WhyCannotImportPlan(Actors.Niv(plan), plan.Cycle).ShouldNotBeNull().ShouldContain("Segretario o il responsabile");
    }

    [Fact]
    public void APlanOutOfBozzaRefusesEveryImportNamingItsState()
    {
        var plan = new PlanBuilder();
        var unit = plan.Unit("I");
        var head = plan.Head(unit);
        plan.UnitObjective(unit, 60m);
        plan.CrossCutting(40m);
        plan.WithIndicators();
        plan.Cycle.SubmitUnit(unit.Id, plan.UnitsWithCards, head.Id, DateTimeOffset.UtcNow);

        plan.Cycle.State.ShouldNotBe(PlanState.Bozza);
        AccessRules.WhyCannotImportPlan(Actors.Segretario(plan), plan.Cycle).ShouldNotBeNull().ShouldContain("solo in un piano in Bozza");
    }
}
