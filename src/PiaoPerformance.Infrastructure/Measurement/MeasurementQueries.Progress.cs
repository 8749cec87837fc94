using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Measurement;

/// <summary>Where one objective stands in the year's measure: reported, measured, signed, agreed.</summary>
public sealed record MeasureProgressRow(Guid ObjectiveId, Guid? UnitId, bool ReportSubmitted, bool Measured, int CurrentSignOffs, bool IsFinal);

/// <summary>The measure's progress over a plan's objectives for a year, and the size of the NIV board in office.</summary>
public sealed record MeasureProgressView(Guid PlanId, int Year, int BoardSize, IReadOnlyList<MeasureProgressRow> Rows);

// What is left to measure and sign, for the NIV's entry page: one read over the plan's reports and measures.
public sealed partial class MeasurementQueries
{
    /// <summary>
    /// Per objective of the plan (cancelled ones left out) whether its report was sent, whether the NIV wrote a measure,
    /// how many sign-offs are on the measure as it stands and whether the board agreed it. Null for another ente's plan.
    /// </summary>
    public async Task<MeasureProgressView?> GetProgressAsync(Actor actor, Guid planId, int? year, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == planId && c.MunicipalityId == actor.MunicipalityId, ct);
        if (plan is null || !AccessRules.CanReadMeasurement(actor, plan.MunicipalityId))
        {
            return null;
        }

        var progressYear = year ?? plan.StartYear;
        var objectives = await db.Objectives.AsNoTracking()
            .Where(o => o.PlanCycleId == planId && o.Status != ObjectiveStatus.Cancelled)
            .OrderBy(o => o.SortOrder).Select(o => new { o.Id, o.OwnerUnitId }).ToListAsync(ct);
        var submitted = await db.ObjectiveReports().AsNoTracking()
            .Where(r => r.PlanCycleId == planId && r.Year == progressYear && r.SubmittedAt != null).Select(r => r.ObjectiveId).ToListAsync(ct);
        var measures = await db.ObjectiveMeasurements().AsNoTracking()
            .Where(m => m.PlanCycleId == planId && m.Year == progressYear).ToDictionaryAsync(m => m.ObjectiveId, ct);
        var board = await MeasurementLoad.BoardAsync(db, actor.MunicipalityId, Today(), ct);
        var rows = objectives.Select(o =>
        {
            var measure = measures.GetValueOrDefault(o.Id);
            var signed = measure?.SignOffs.Count(s => s.SignedExcluded == measure.Excluded && s.SignedPct == measure.EffectivePct) ?? 0;
            return new MeasureProgressRow(o.Id, o.OwnerUnitId, submitted.Contains(o.Id), measure is not null, signed, measure?.IsFinal ?? false);
        }).ToList();
        return new MeasureProgressView(planId, progressYear, board.Count, rows);
    }

    /// <summary>The ente's size limit for an evidence file, in bytes (shown next to the upload).</summary>
    public async Task<long> EvidenceMaxBytesAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var settings = await db.Municipalities.AsNoTracking().Where(m => m.Id == actor.MunicipalityId).Select(m => m.Settings).FirstAsync(ct);
        return settings.EvidenceMaxBytes();
    }
}
