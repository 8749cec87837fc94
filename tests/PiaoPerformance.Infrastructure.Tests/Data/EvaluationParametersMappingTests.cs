using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Data;

public class EvaluationParametersMappingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task ACyclesEvaluationParametersSurviveASaveAndReload()
    {
        var plan = await new TestPlan().SaveAsync(database.ContextFactory);
        await using (var db = await database.NewContextAsync())
        {
            var cycle = await db.PlanCycles.SingleAsync(c => c.Id == plan.Cycle.Id);
            cycle.Evaluation.ToSystem().Dipendente.Shares.ShouldBe(EvaluationSystem.CassinoDefault.Dipendente.Shares);
            cycle.ChangeEvaluation(EvaluationParameters.CassinoDefault with
            {
                NegativeThreshold = 45m,
                Options = ScoringOptions.Default with { SanctionCombination = SanctionCombination.Multiplicative },
            });
            await db.SaveChangesAsync();
        }

        await using var check = await database.NewContextAsync();
        var stored = await check.PlanCycles.AsNoTracking().SingleAsync(c => c.Id == plan.Cycle.Id);
        stored.Evaluation.NegativeThreshold.ShouldBe(45m);
        stored.Evaluation.Options.SanctionCombination.ShouldBe(SanctionCombination.Multiplicative);
        stored.Evaluation.ToSystem().Dipendente.Bands.Bands.Count.ShouldBe(6);
    }
}
