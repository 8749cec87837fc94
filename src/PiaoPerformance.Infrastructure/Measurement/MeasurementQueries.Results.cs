using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Measurement;

/// <summary>
/// One objective's result for a year: the report (sent, percentage declared), the rule's proposal, the achievement as
/// the NIV's measure has it (agreed once final), the exclusion and the agreement.
/// </summary>
public sealed record ObjectiveResultRow(
    Guid ObjectiveId,
    string? UnitCode,
    string? UnitName,
    string Code,
    string Title,
    decimal? Weight,
    bool ReportSubmitted,
    decimal? ReportedPct,
    decimal? ProposedPct,
    decimal? AchievementPct,
    bool Excluded,
    string? ExclusionReason,
    bool IsFinal,
    DateOnly? AgreedOn);

/// <summary>The results of a plan's objectives for a year (cancelled objectives left out), in the plan's order.</summary>
public sealed record PlanResultsView(Guid PlanId, int Year, IReadOnlyList<ObjectiveResultRow> Rows);

// The achievements per objective the open data export (issue 9) publishes: the same reads and the same rule
// (AchievementPrefill, then the NIV's choices, then the agreed value) as the measure page of each objective.
public sealed partial class MeasurementQueries
{
    /// <summary>
    /// Every objective's result for the year (default: the plan's first year), as <see cref="GetMeasurementAsync"/>
    /// shows it one by one. Null for a plan not of the actor's ente.
    /// </summary>
    /// <exception cref="DomainException">The year is outside the plan's cycle (field <c>year</c>).</exception>
    public async Task<PlanResultsView?> GetResultsAsync(Actor actor, Guid planId, int? year, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == planId && c.MunicipalityId == actor.MunicipalityId, ct);
        if (plan is null || !AccessRules.CanReadMeasurement(actor, plan.MunicipalityId))
        {
            return null;
        }

        var resultsYear = year ?? plan.StartYear;
        if (!plan.Contains(resultsYear))
        {
            throw new DomainException($"L'anno {resultsYear} non è del piano {plan.StartYear}-{plan.EndYear}.", "year");
        }

        var objectives = await db.Objectives.AsNoTracking()
            .Where(o => o.PlanCycleId == planId && o.Status != ObjectiveStatus.Cancelled).OrderBy(o => o.SortOrder).ToListAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.MunicipalityId == actor.MunicipalityId).ToDictionaryAsync(u => u.Id, ct);
        var reports = await db.ObjectiveReports().AsNoTracking().Where(r => r.PlanCycleId == planId && r.Year == resultsYear).ToDictionaryAsync(r => r.ObjectiveId, ct);
        var measures = await db.ObjectiveMeasurements().AsNoTracking().Where(m => m.PlanCycleId == planId && m.Year == resultsYear).ToDictionaryAsync(m => m.ObjectiveId, ct);
        var rows = objectives.Select(o =>
        {
            var report = reports.GetValueOrDefault(o.Id);
            var measure = measures.GetValueOrDefault(o.Id);
            var proposed = AchievementPrefill.Compute(o.AchievementRule, report).Pct;
            var final = measure?.IsFinal ?? false;
            var unit = o.OwnerUnitId is { } unitId ? units.GetValueOrDefault(unitId) : null;
            return new ObjectiveResultRow(o.Id, unit?.Code, unit?.Name, Code(o), o.Title, o.Weight, report?.IsSubmitted ?? false, report?.RealizedPct, proposed,
                measure is null ? proposed : final ? measure.AgreedPct : Effective(measure, proposed),
                final ? measure!.AgreedExcluded : measure?.Excluded ?? false,
                measure?.ExclusionReason,
                final,
                measure?.AgreedAt is { } at ? DateOnly.FromDateTime(ItalianTime.ToLocal(at).DateTime) : null);
        }).ToList();
        return new PlanResultsView(planId, resultsYear, rows);
    }
}
