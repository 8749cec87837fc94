using PiaoPerformance.Domain.Lifecycle;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Lifecycle;

// Approval is refused while a person evaluated does not total 100 or a card lacks indicators (issue 5, SPEC §1.12).
public sealed class ApprovalCheckTests
{
    [Fact]
    public void APlanWhoseWeightsTotalOneHundredAndWhoseCardsHaveIndicatorsHasNoProblem()
    {
        var plan = Complete();

        plan.ApprovalProblems().ShouldBeEmpty();
    }

    [Fact]
    public void WeightsAtNinetyNineNameTheUnitThePersonAndTheTotal()
    {
        var plan = new PlanBuilder();
        var settore = plan.Unit("I");
        plan.Head(settore);
        plan.UnitObjectives(settore, 30m, 29m);
        plan.CrossCutting(40m);
        plan.WithIndicators();

        var problem = plan.ApprovalProblems().ShouldHaveSingleItem();

        problem.Kind.ShouldBe(ApprovalProblemKind.WeightTotal);
        problem.UnitId.ShouldBe(settore.Id);
        problem.Message.ShouldBe("Settore I – Dott. Mario Responsabile I: i pesi sommano a 99 % invece di 100 % (obiettivi propri 59 % + trasversali 40 %).");
    }

    [Fact]
    public void WeightsSetOnlyOnSomeObjectivesAreAProblemEvenIfTheyReachOneHundred()
    {
        var plan = new PlanBuilder();
        var settore = plan.Unit("I");
        plan.Head(settore);
        plan.UnitObjectives(settore, 100m, null);
        plan.WithIndicators();

        var problem = plan.ApprovalProblems().ShouldHaveSingleItem();

        problem.Kind.ShouldBe(ApprovalProblemKind.MixedWeights);
        problem.Message.ShouldStartWith("Settore I – Dott. Mario Responsabile I: il peso è indicato solo per alcuni dei 2 obiettivi");
    }

    [Fact]
    public void EqualWeightsWithNoWeightSetAreNotAProblem()
    {
        var plan = new PlanBuilder();
        var settore = plan.Unit("I");
        plan.Head(settore);
        plan.UnitObjectives(settore, null, null, null);
        plan.WithIndicators();

        plan.ApprovalProblems().ShouldBeEmpty();
    }

    [Fact]
    public void EachHeadOfASplitUnitIsCheckedOnTheirOwn()
    {
        var plan = new PlanBuilder();
        var settore = plan.Unit("VI");
        var rinaldi = plan.Head(settore, person: plan.Person("Rinaldi"), isInterim: true);
        var ventura = plan.Head(settore, person: plan.Person("Ventura"), isInterim: true);
        plan.UnitObjective(settore, 100m, rinaldi);
        plan.UnitObjective(settore, 90m, ventura);
        plan.WithIndicators();

        var problem = plan.ApprovalProblems().ShouldHaveSingleItem();

        problem.Message.ShouldStartWith("Settore VI – Dott. Mario Ventura: i pesi sommano a 90 %");
    }

    [Fact]
    public void ACardWithoutIndicatorsIsNamedByItsUnitNumberAndTitle()
    {
        var plan = Complete();
        var settore = plan.Units[0];
        var bare = plan.UnitObjective(settore, 0m);

        var problem = plan.ApprovalProblems().ShouldHaveSingleItem();

        problem.Kind.ShouldBe(ApprovalProblemKind.MissingIndicators);
        problem.ObjectiveId.ShouldBe(bare.Id);
        problem.Message.ShouldBe("Settore I, obiettivo n. 3 «Obiettivo I.3»: manca almeno un indicatore di performance.");
    }

    [Fact]
    public void ACrossCuttingOperationalCardWithoutIndicatorsIsNamedByItsStrategicObjective()
    {
        var plan = Complete();
        var strategic = plan.Objectives.Single(o => o.Level == ObjectiveLevel.Strategic);
        var operational = plan.Operational("Formazione anticorruzione");
        strategic.DistributeShares([(operational, 100m)]);

        var problem = plan.ApprovalProblems().ShouldHaveSingleItem();

        problem.Message.ShouldStartWith("Obiettivo strategico n. 1, obiettivo n. ");
        problem.Message.ShouldContain("«Formazione anticorruzione»");
    }

    [Fact]
    public void ACancelledCardNeedsNoIndicatorAndAStrategicObjectiveNone()
    {
        var plan = Complete();
        plan.UnitObjective(plan.Units[0], null).Cancel("Progetto eliminato in quanto non finanziato");

        plan.ApprovalProblems().ShouldBeEmpty();
    }

    [Fact]
    public void EveryProblemIsListedAtOnce()
    {
        var plan = new PlanBuilder();
        var first = plan.Unit("I");
        var second = plan.Unit("II");
        plan.Head(first);
        plan.Head(second);
        plan.UnitObjectives(first, 50m);
        plan.UnitObjectives(second, 70m);
        plan.CrossCutting(40m);
        plan.WithIndicators();
        plan.UnitObjective(second, 0m);

        plan.ApprovalProblems().Select(p => p.Kind).ShouldBe(
            [ApprovalProblemKind.WeightTotal, ApprovalProblemKind.WeightTotal, ApprovalProblemKind.MissingIndicators]);
    }

    private static PlanBuilder Complete()
    {
        var plan = new PlanBuilder();
        var settore = plan.Unit("I");
        plan.Head(settore);
        plan.UnitObjectives(settore, 30m, 30m);
        plan.CrossCutting(40m);
        return plan.WithIndicators();
    }
}
