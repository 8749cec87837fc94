using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Tests.Scoring;

// Properties over a few hundred random sheets (seeded, so a failure repeats).
public sealed class SheetPropertyTests
{
    private const int Runs = 400;

    [Fact]
    public void TotalsStayWithinBoundsAndPayNeverPassesTheMaximumWithTheIncrease()
    {
        var random = new Random(4_2024);
        var roles = Enum.GetValues<EvaluatedRole>();
        for (var run = 0; run < Runs; run++)
        {
            var input = RandomSheet(random, roles[random.Next(roles.Length)]);
            var explanation = run % 4 == 0 ? new Explanation() : Explanation.Disabled;

            var result = SheetCalculator.Score(input, EvaluationSystem.CassinoDefault, explanation);

            result.ObjectivesSum.ShouldBeInRange(0m, 100m);
            result.D.ShouldBeInRange(0m, 100m);
            result.DAfterSanctions.ShouldBeInRange(0m, result.D);
            result.D.ShouldBe(result.A + result.B + result.C);
            result.ServiceFactor.ShouldBeInRange(0m, 1m);
            if (!result.Objectives.All(o => o.Excluded))
            {
                result.Objectives.Sum(o => o.EffectiveWeight).ShouldBe(100m, 1e-20m);
            }

            if (input.Pay is { } pay)
            {
                result.Pay!.Value.ShouldBeInRange(0m, pay.Maximum * 1.10m);
                (result.Pay.Value * 100m % 1m).ShouldBe(0m);
            }

            if (!result.Evaluable)
            {
                result.Band.ShouldBeNull();
                (result.Pay ?? 0m).ShouldBe(0m);
            }
        }
    }

    [Fact]
    public void AMoreAchievedObjectiveNeverLowersTheTotal()
    {
        var random = new Random(17);
        for (var run = 0; run < Runs; run++)
        {
            var input = RandomSheet(random, EvaluatedRole.Dipendente) with { Sanctions = null };
            var index = random.Next(input.Objectives.Count);
            var objective = input.Objectives[index];
            if (objective.IsExcluded || objective.ThirdPartyDelay)
            {
                continue;
            }

            var better = input.Objectives.ToArray();
            better[index] = objective with { Achievement = AchievementInput.Direct(100m) };

            var before = SheetCalculator.Score(input, EvaluationSystem.CassinoDefault, Explanation.Disabled);
            var after = SheetCalculator.Score(input with { Objectives = better }, EvaluationSystem.CassinoDefault, Explanation.Disabled);

            after.D.ShouldBeGreaterThanOrEqualTo(before.D);
        }
    }

    private static SheetInput RandomSheet(Random random, EvaluatedRole role)
    {
        var catalogue = EvaluationSystem.CassinoDefault.For(role).Catalogue;
        var from = random.Next(3) == 0 ? new DateOnly(2024, 1, 1).AddDays(random.Next(0, 366)) : (DateOnly?)null;
        var to = random.Next(3) == 0 ? new DateOnly(2024, 12, 31).AddDays(-random.Next(0, from is null ? 366 : 365 - from.Value.DayOfYear + 1)) : (DateOnly?)null;
        return new SheetInput
        {
            Role = role,
            Year = 2024,
            EntePerformance = random.Next(0, 10_001) / 100m,
            Objectives = ObjectiveWeightingTests.RandomObjectives(random, random.Next(1, 9))
                .Select(o => random.Next(10) == 0 ? o with { ThirdPartyDelay = true } : o)
                .ToArray(),
            BehaviourScores = catalogue.Items.Select(i => random.Next(0, i.Maximum + 1)).ToArray(),
            Sanctions = random.Next(3) == 0
                ? new SanctionsInput { WrittenReprimand = random.Next(0, 4), Fine = random.Next(0, 4), Suspension = random.Next(0, 4), Dismissal = random.Next(20) == 0 }
                : null,
            Service = from is null && to is null
                ? null
                : new ServiceInput { From = from, To = to, VerticalPartTime = random.Next(2) == 0, PartTimePct = random.Next(1, 101), ProtectedAbsence = random.Next(5) == 0 },
            Pay = random.Next(4) == 0 ? null : new PayInput { Maximum = random.Next(0, 2_000_000) / 100m, InterimIncrease = random.Next(2) == 0, PaymentTimesMet = random.Next(3) switch { 0 => null, 1 => true, _ => false } },
            Options = new ScoringOptions
            {
                SanctionCombination = random.Next(2) == 0 ? SanctionCombination.Additive : SanctionCombination.Multiplicative,
                RoundTotal = random.Next(2) == 0,
                PaymentTimesMode = random.Next(2) == 0 ? PaymentTimesMode.Gate : PaymentTimesMode.Weight,
                ProrationBasis = random.Next(2) == 0 ? ProrationBasis.Days : ProrationBasis.Months,
            },
        };
    }
}
