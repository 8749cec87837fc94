using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Calendar;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Seed;

namespace PiaoPerformance.Infrastructure.Scoring;

/// <summary>
/// The ente's and the cycle's configuration the scoring engine runs with. Until sign-in says whose ente a request
/// is for, the demo ente (or the first one) is the default.
/// </summary>
public sealed class ScoringSettings(IDbContextFactory<PiaoDbContext> contextFactory)
{
    /// <summary>The evaluation system of a plan's cycle; without a plan, of the default ente's latest cycle; without any, seed 003's.</summary>
    public async Task<EvaluationSystem> SystemForAsync(Guid? planId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (planId is { } id)
        {
            var cycle = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
                ?? throw new DomainException("Piano non trovato.", "planId");
            return cycle.Evaluation.ToSystem();
        }

        var ente = await DefaultEnteIdAsync(db, cancellationToken);
        var latest = ente is null
            ? null
            : await db.PlanCycles.AsNoTracking().Where(c => c.MunicipalityId == ente).OrderByDescending(c => c.StartYear)
                .FirstOrDefaultAsync(cancellationToken);
        return (latest?.Evaluation ?? EvaluationParameters.CassinoDefault).ToSystem();
    }

    /// <summary>The default ente's working-day calendar (national holidays, patron saint, working week).</summary>
    public async Task<WorkingDayCalendar> CalendarAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ente = await DefaultEnteIdAsync(db, cancellationToken);
        var municipality = ente is null ? null : await db.Municipalities.AsNoTracking().FirstAsync(m => m.Id == ente, cancellationToken);
        return municipality?.Settings.Calendar() ?? WorkingDayCalendar.Default;
    }

    private static Task<Guid?> DefaultEnteIdAsync(PiaoDbContext db, CancellationToken cancellationToken) =>
        db.Municipalities.AsNoTracking()
            .OrderByDescending(m => m.Code == PlanDocumentReader.CassanoDemoCode).ThenBy(m => m.Name)
            .Select(m => (Guid?)m.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
