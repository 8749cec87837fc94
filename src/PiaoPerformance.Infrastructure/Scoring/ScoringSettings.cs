using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Calendar;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Scoring;

/// <summary>The actor's ente's and the cycle's configuration the scoring engine runs with.</summary>
public sealed class ScoringSettings(IDbContextFactory<PiaoDbContext> contextFactory)
{
    /// <summary>The evaluation system of a plan's cycle; without a plan, of the default ente's latest cycle; without any, seed 003's.</summary>
    public async Task<EvaluationSystem> SystemForAsync(Actor actor, Guid? planId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (planId is { } id)
        {
            var cycle = await db.PlanCycles.AsNoTracking()
                    .FirstOrDefaultAsync(c => c.Id == id && c.MunicipalityId == actor.MunicipalityId, cancellationToken)
                ?? throw new DomainException("Piano non trovato.", "planId");
            return cycle.Evaluation.ToSystem();
        }

        var latest = await db.PlanCycles.AsNoTracking().Where(c => c.MunicipalityId == actor.MunicipalityId)
            .OrderByDescending(c => c.StartYear).FirstOrDefaultAsync(cancellationToken);
        return (latest?.Evaluation ?? EvaluationParameters.CassinoDefault).ToSystem();
    }

    /// <summary>The actor's ente's working-day calendar (national holidays, patron saint, working week).</summary>
    public async Task<WorkingDayCalendar> CalendarAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var municipality = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Id == actor.MunicipalityId, cancellationToken);
        return municipality?.Settings.Calendar() ?? WorkingDayCalendar.Default;
    }
}
