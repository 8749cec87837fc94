using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Planning;

// "Pesi uguali" (SPEC §1.12 mechanism 2, §2.9): own + cross-cutting = the required total, two decimals, exact.
public sealed class EqualWeightsTests
{
    public static TheoryData<int, decimal, decimal> Positions()
    {
        var data = new TheoryData<int, decimal, decimal>();
        foreach (var required in new[] { 100m, 90m })
        {
            foreach (var crossCutting in new[] { 0m, 40m })
            {
                for (var n = 1; n <= 50; n++)
                {
                    data.Add(n, crossCutting, required);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Positions))]
    public void TheTotalIsAlwaysExactlyTheRequiredOne(int count, decimal crossCutting, decimal required)
    {
        var plan = new PlanBuilder();
        var unit = plan.Unit("I");
        plan.Head(unit);
        var own = Enumerable.Range(0, count).Select(i => plan.UnitObjective(unit, i % 3 == 0 ? null : 7m)).ToList();
        if (crossCutting > 0)
        {
            plan.CrossCutting(crossCutting);
        }

        var settings = new MunicipalitySettings { RequiredWeightTotal = required };
        var before = plan.WeightTotals(settings).ShouldHaveSingleItem();

        EqualWeights.Apply(before, WeightTotals.OwnObjectivesOf(plan.Objectives, unit.Id, null));

        var after = plan.WeightTotals(settings).ShouldHaveSingleItem();
        after.Total.ShouldBe(required);
        after.Mode.ShouldBe(WeightingMode.Explicit);
        after.IsComplete.ShouldBeTrue();
        var weights = own.Select(o => o.Weight!.Value).ToList();
        weights.Sum().ShouldBe(required - crossCutting);
        weights.ShouldAllBe(w => w == Math.Round(w, 2));
        (weights.Max() - weights.Min()).ShouldBeLessThanOrEqualTo(0.01m);
        weights.ShouldBe(weights.OrderByDescending(w => w).ToList(), "the hundredths left go to the first objectives in card order");
    }

    [Fact]
    public void SixtyOverSevenObjectivesGivesTheFirstOneTheHundredthLeft()
    {
        var plan = new PlanBuilder();
        var unit = plan.Unit("I");
        plan.Head(unit);
        var own = plan.UnitObjectives(unit, 10m, 10m, 10m, 10m, 10m, 10m, 10m);
        plan.CrossCutting(10m);
        plan.CrossCutting(30m);

        EqualWeights.Apply(plan.WeightTotals().Single(), WeightTotals.OwnObjectivesOf(plan.Objectives, unit.Id, null));

        own.Select(o => o.Weight).ShouldBe([8.58m, 8.57m, 8.57m, 8.57m, 8.57m, 8.57m, 8.57m]);
    }

    [Fact]
    public void HundredOverThreeIsThirtyThreeThirtyFourAndTwiceThirtyThreeThirtyThree() =>
        EqualWeights.Split(100m, 3).ShouldBe([33.34m, 33.33m, 33.33m]);

    [Fact]
    public void ATotalWithMoreThanTwoDecimalsLeavesItsLastFractionToTheFirstPart()
    {
        var parts = EqualWeights.Split(66.665m, 2);

        parts.Sum().ShouldBe(66.665m);
        parts.ShouldBe([33.335m, 33.33m]);
    }

    [Fact]
    public void OnlyTheObjectivesOfThePersonEvaluatedAreWeighted()
    {
        var plan = new PlanBuilder();
        var unit = plan.Unit("VI");
        var first = plan.Head(unit);
        var second = plan.Head(unit, person: plan.Person("Bianchi"));
        var mine = new[] { plan.UnitObjective(unit, 5m, first), plan.UnitObjective(unit, 5m, first) };
        var theirs = plan.UnitObjective(unit, 13m, second);
        var cancelled = plan.UnitObjective(unit, 9m, first);
        cancelled.Cancel("Non più necessario");
        plan.CrossCutting(40m);
        var position = plan.WeightTotals().Single(p => p.ResponsiblePersonId == first.Id);

        EqualWeights.Apply(position, WeightTotals.OwnObjectivesOf(plan.Objectives, unit.Id, first.Id));

        mine.Select(o => o.Weight).ShouldBe([30m, 30m]);
        theirs.Weight.ShouldBe(13m);
        cancelled.Weight.ShouldBe(9m);
        plan.WeightTotals().Single(p => p.ResponsiblePersonId == first.Id).IsComplete.ShouldBeTrue();
    }

    [Fact]
    public void CrossCuttingWeightAboveTheRequiredTotalIsRefused()
    {
        var plan = new PlanBuilder();
        var unit = plan.Unit("I");
        plan.Head(unit);
        plan.UnitObjectives(unit, 10m);
        plan.CrossCutting(60m);
        var position = plan.WeightTotals(new MunicipalitySettings { RequiredWeightTotal = 50m }).Single();

        Should.Throw<DomainException>(() => EqualWeights.For(position, 1)).Message.ShouldContain("oltre il totale richiesto");
    }

    [Fact]
    public void APositionWithoutOwnObjectivesIsRefused()
    {
        var position = new PositionWeights(Guid.NewGuid(), null, [], false, 0, 0m, 40m, WeightingMode.Equal, 100m);

        Should.Throw<DomainException>(() => EqualWeights.For(position, 0));
    }
}
