using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Scoring;

public sealed class ObjectiveWeightingTests
{
    private static ObjectiveInput Objective(string id, decimal? weight, bool excluded = false) =>
        new(id, weight, AchievementInput.Direct(100m)) { Excluded = excluded };

    [Fact]
    public void WithoutWeightsEveryObjectiveWeighsTheSame()
    {
        var explanation = new Explanation();

        var weights = ObjectiveWeighting.Compute([Objective("a", null), Objective("b", null), Objective("c", null), Objective("d", null)], explanation);

        weights.EqualWeights.ShouldBeTrue();
        weights.Original.ShouldBe([25m, 25m, 25m, 25m]);
        weights.Effective.ShouldBe([25m, 25m, 25m, 25m]);
        explanation.Lines.ShouldBe(["Pesi non indicati: ripartizione lineare, 100/4 = 25 per ciascun obiettivo (SPEC §2.9)."]);
    }

    [Fact]
    public void ExcludedObjectiveWeightGoesToOthersProportionally()
    {
        var weights = ObjectiveWeighting.Compute([Objective("a", 50m), Objective("b", 30m), Objective("c", 20m, excluded: true)], Explanation.Disabled);

        weights.Original.ShouldBe([50m, 30m, 20m]);
        weights.Effective.ShouldBe([62.5m, 37.5m, 0m]);
    }

    [Fact]
    public void EqualWeightsAreSharedAmongTheObjectivesLeftAfterAnExclusion()
    {
        var explanation = new Explanation();

        var weights = ObjectiveWeighting.Compute([Objective("a", null), Objective("b", null, excluded: true), Objective("c", null)], explanation);

        weights.Original.ShouldAllBe(w => w == 100m / 3m);
        weights.Effective.ShouldBe([50m, 0m, 50m]);
        explanation.Lines.ShouldBe(
        [
            "Obiettivo b escluso: non concorre alla ripartizione dei pesi (SPEC §2.7).",
            "Pesi non indicati: ripartizione lineare sui 2 obiettivi non esclusi, 100/2 = 50 ciascuno (SPEC §2.9).",
        ]);
    }

    [Fact]
    public void WeightsTotallingNinetyNineAreRefused()
    {
        var error = DomainAssert.Refuses(
            () => ObjectiveWeighting.Compute([Objective("a", 50m), Objective("b", 49m)], Explanation.Disabled), "objectives");

        error.Message.ShouldBe("I pesi degli obiettivi devono sommare a 100 (totale indicato: 99).");
    }

    [Fact]
    public void AMixOfSetAndUnsetWeightsIsRefusedAtTheFirstUnsetOne()
    {
        var error = DomainAssert.Refuses(
            () => ObjectiveWeighting.Compute([Objective("a", 50m), Objective("b", 50m), Objective("c", null)], Explanation.Disabled),
            "objectives[2].weight");

        error.Message.ShouldBe(
            "Obiettivo c: peso mancante. Indicare il peso di tutti gli obiettivi oppure di nessuno (ripartizione lineare).");
    }

    [Fact]
    public void ANegativeWeightIsRefused() =>
        DomainAssert.Refuses(
            () => ObjectiveWeighting.Compute([Objective("a", 110m), Objective("b", -10m)], Explanation.Disabled), "objectives[0].weight");

    [Fact]
    public void NoObjectivesAreRefused() =>
        DomainAssert.Refuses(() => ObjectiveWeighting.Compute([], Explanation.Disabled), "objectives");

    [Fact]
    public void ARepeatedObjectiveIdIsRefused() =>
        DomainAssert.Refuses(
            () => ObjectiveWeighting.Compute([Objective("a", 50m), Objective("a", 50m)], Explanation.Disabled), "objectives[1].id");

    [Fact]
    public void WhenEveryObjectiveIsExcludedThereIsNothingToWeigh()
    {
        var weights = ObjectiveWeighting.Compute([Objective("a", 60m, excluded: true), Objective("b", 40m, excluded: true)], Explanation.Disabled);

        weights.NothingToWeigh.ShouldBeTrue();
        weights.Effective.ShouldBe([0m, 0m]);
    }

    [Fact]
    public void ASheetWhoseObjectivesAreAllExcludedIsNotEvaluable()
    {
        var result = SheetBuilder.Dipendente()
            .Objective(new ObjectiveInput("a", null, null) { Excluded = true })
            .Pay(1000m)
            .Score();

        result.Evaluable.ShouldBeFalse();
        result.ObjectivesSum.ShouldBe(0m);
        result.Band.ShouldBeNull();
        result.Pay.ShouldBe(0m);
    }

    [Fact]
    public void EffectiveWeightsAfterAnyExclusionTotalHundred()
    {
        var random = new Random(20240531);
        for (var run = 0; run < 400; run++)
        {
            var count = random.Next(1, 12);
            var objectives = RandomObjectives(random, count);
            var weights = ObjectiveWeighting.Compute(objectives, Explanation.Disabled);
            if (weights.NothingToWeigh)
            {
                continue;
            }

            weights.Effective.Sum().ShouldBe(100m, 1e-20m);
            weights.Original.Sum().ShouldBe(100m, 1e-20m);
            for (var i = 0; i < count; i++)
            {
                if (objectives[i].IsExcluded)
                {
                    weights.Effective[i].ShouldBe(0m);
                }
                else
                {
                    weights.Effective[i].ShouldBeGreaterThanOrEqualTo(weights.Original[i]);
                }
            }
        }
    }

    /// <summary>Weights in hundredths that total exactly 100 (or none at all), some objectives excluded.</summary>
    internal static ObjectiveInput[] RandomObjectives(Random random, int count)
    {
        var equal = random.Next(4) == 0;
        var cents = new int[count];
        var left = 10_000;
        for (var i = 0; i < count - 1; i++)
        {
            cents[i] = random.Next(0, left + 1) / (count - i);
            left -= cents[i];
        }

        cents[^1] = left;
        return Enumerable.Range(0, count)
            .Select(i => new ObjectiveInput($"O{i + 1}", equal ? null : cents[i] / 100m, AchievementInput.Direct(random.Next(0, 10_001) / 100m))
            {
                Excluded = random.Next(4) == 0,
            })
            .ToArray();
    }
}
