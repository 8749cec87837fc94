using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Measurement;

/// <summary>
/// Reads reports, measures, the reweighting and the ente's performance for an actor of the ente (another ente's id
/// reads as not found, null). <see cref="AgreedAchievementsAsync"/> and <see cref="ValidatedEntePerformanceAsync"/>
/// are what the evaluation sheets take: only final, agreed values. A null year is the first year of the plan's cycle.
/// </summary>
public sealed partial class MeasurementQueries(IDbContextFactory<PiaoDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>The objective's report for the year (empty when nothing written yet), with its evidence files listed (not their bytes).</summary>
    public async Task<ReportView?> GetReportAsync(Actor actor, Guid objectiveId, int? year, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        if (await MeasurementLoad.ReadAsync(db, actor, objectiveId, ct) is not var (plan, objective))
        {
            return null;
        }

        var reportYear = year ?? plan.StartYear;
        var report = await db.ObjectiveReports().FirstOrDefaultAsync(r => r.ObjectiveId == objectiveId && r.Year == reportYear, ct);
        var files = report is null ? [] : await db.EvidenceFiles().AsNoTracking().Where(f => f.ReportId == report.Id).OrderBy(f => f.UploadedAt).ToListAsync(ct);
        var names = await MeasurementLoad.NamesAsync(db, actor.MunicipalityId,
            (report?.Progress.Select(p => (Guid?)p.ByPersonId) ?? []).Concat(report?.Reopenings.Select(r => (Guid?)r.ByPersonId) ?? [])
                .Concat(files.Select(f => (Guid?)f.UploadedByPersonId)).Append(report?.SubmittedByPersonId), ct);
        var mayReport = AccessRules.CanReport(actor, plan, objective);
        var submitted = report?.IsSubmitted ?? false;
        var reopened = report?.IsReopened ?? false;
        var actions = new ReportActions(
            mayReport && ReportingWindow.WhyClosedForProgress(plan.State, reopened) is null,
            mayReport && ReportingWindow.WhyClosedForReport(plan.State, submitted, reopened) is null,
            mayReport && ReportingWindow.WhyClosedForReport(plan.State, submitted, reopened) is null,
            AccessRules.CanReopenReport(actor, plan) && !reopened && plan.State is PlanState.Rendicontazione or PlanState.ValutazioneNiv or PlanState.Validato
                && ReportingWindow.WhyClosedForReport(plan.State, submitted, false) is not null);
        return new ReportView(
            report?.Id,
            objectiveId,
            reportYear,
            report is null ? null : VersionOf(db, report),
            plan.State,
            report?.RealizedPct,
            report?.MeasuredValue,
            report?.ReachedStep,
            report?.ReportText,
            report?.Acts.Select(a => new ActView(a.Number, a.Date, a.Description)).ToList() ?? [],
            report?.Progress.Select(p => new ProgressView(p.Order, p.Date, p.Text, p.ProgressPct, names(p.ByPersonId), p.At, p.IsLate)).ToList() ?? [],
            files.Select(f => new EvidenceView(f.Id, f.FileName, f.Type, f.SizeBytes, f.Sha256, names(f.UploadedByPersonId), f.UploadedAt)).ToList(),
            report?.SubmittedAt,
            report?.SubmittedByPersonId is null ? null : names(report.SubmittedByPersonId),
            report?.Reopenings.Select(r => new ReopeningView(r.Reason, names(r.ByPersonId), r.At, r.ClosedAt)).ToList() ?? [],
            reopened,
            actions);
    }

    /// <summary>The NIV's measure of the objective for the year, with the value the rule proposes from the current report.</summary>
    public async Task<MeasurementView?> GetMeasurementAsync(Actor actor, Guid objectiveId, int? year, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        if (await MeasurementLoad.ReadAsync(db, actor, objectiveId, ct) is not var (plan, objective))
        {
            return null;
        }

        var measureYear = year ?? plan.StartYear;
        var report = await db.ObjectiveReports().AsNoTracking().FirstOrDefaultAsync(r => r.ObjectiveId == objectiveId && r.Year == measureYear, ct);
        var measure = await db.ObjectiveMeasurements().FirstOrDefaultAsync(m => m.ObjectiveId == objectiveId && m.Year == measureYear, ct);
        var (proposed, explanation) = AchievementPrefill.Compute(objective.AchievementRule, report);
        var board = await MeasurementLoad.BoardAsync(db, actor.MunicipalityId, Today(), ct);
        var names = await MeasurementLoad.NamesAsync(db, actor.MunicipalityId,
            (measure?.SignOffs.Select(s => (Guid?)s.MemberPersonId) ?? []).Concat(measure?.Events.Select(e => (Guid?)e.ByPersonId) ?? []).Append(measure?.AgreedByPersonId), ct);
        var effective = measure is null ? proposed : measure.IsFinal ? measure.AgreedPct : Effective(measure, proposed);
        return new MeasurementView(
            measure?.Id,
            objectiveId,
            measureYear,
            measure is null ? null : VersionOf(db, measure),
            plan.State,
            objective.Title,
            objective.AchievementRule?.Kind.ToString(),
            proposed,
            explanation,
            measure?.OverridePct,
            measure?.OverrideReason,
            measure?.ThirdPartyDelay ?? false,
            measure?.ThirdPartyReason,
            measure?.ThirdPartyEvidence,
            measure?.Excluded ?? false,
            measure?.ExclusionReason,
            effective,
            measure?.Events.Select(e => new EventView(e.Order, e.Date, e.Description, names(e.ByPersonId), e.At)).ToList() ?? [],
            measure?.SignOffs.Select(s => new SignOffView(s.MemberPersonId, names(s.MemberPersonId), s.SignedPct, s.SignedExcluded, s.At,
                s.SignedExcluded == measure.Excluded && s.SignedPct == measure.EffectivePct)).ToList() ?? [],
            board.Count,
            measure?.AgreedPct,
            measure?.AgreedExcluded ?? false,
            measure?.AgreedAt,
            measure?.AgreedByPersonId is null ? null : names(measure.AgreedByPersonId),
            measure?.IsFinal ?? false,
            report?.IsSubmitted ?? false,
            AccessRules.WhyCannotMeasure(actor, plan) is null && measure?.IsFinal != true);
    }

    /// <summary>
    /// SPEC §2.7 for the sheets: the agreed measure of every objective of the plan for the year, by objective id; only
    /// final measures (the board agreed). An excluded objective has a null percentage and <c>Excluded</c> set: the sheet
    /// reweights the rest with <c>ObjectiveWeighting</c>. Empty for a plan of another ente.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, AgreedAchievement>> AgreedAchievementsAsync(Actor actor, Guid planId, int year, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var measures = await db.ObjectiveMeasurements().AsNoTracking()
            .Where(m => m.PlanCycleId == planId && m.Year == year && m.MunicipalityId == actor.MunicipalityId && m.AgreedAt != null)
            .ToListAsync(ct);
        return measures.ToDictionary(m => m.ObjectiveId, m => new AgreedAchievement(
            m.ObjectiveId, m.AgreedPct, m.AgreedExcluded, m.ExclusionReason, m.ThirdPartyDelay, m.ThirdPartyReason, m.OverridePct, m.OverrideReason, m.AgreedAt!.Value));
    }

    /// <summary>The year asked, or the first of the plan's cycle when none; null for a plan not of the actor's ente.</summary>
    public async Task<int?> YearOfPlanAsync(Actor actor, Guid planId, int? year, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var start = await db.PlanCycles.Where(c => c.Id == planId && c.MunicipalityId == actor.MunicipalityId).Select(c => (int?)c.StartYear).FirstOrDefaultAsync(ct);
        return start is null ? null : year ?? start;
    }

    /// <summary>Component A for the sheets: the ente's performance of the year once the NIV validated it; null before.</summary>
    public async Task<decimal?> ValidatedEntePerformanceAsync(Actor actor, Guid planId, int year, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.EntePerformances().AsNoTracking()
            .Where(e => e.PlanCycleId == planId && e.Year == year && e.MunicipalityId == actor.MunicipalityId && e.ValidatedAt != null)
            .Select(e => e.Value).FirstOrDefaultAsync(ct);
    }

    /// <summary>The ente's performance of the year as entered and validated; null for a plan not of the actor's ente.</summary>
    public async Task<EntePerformanceView?> GetEntePerformanceAsync(Actor actor, Guid planId, int? year, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == planId && c.MunicipalityId == actor.MunicipalityId, ct);
        if (plan is null || !AccessRules.CanReadMeasurement(actor, plan.MunicipalityId))
        {
            return null;
        }

        var figureYear = year ?? plan.StartYear;
        var figure = await db.EntePerformances().FirstOrDefaultAsync(e => e.PlanCycleId == planId && e.Year == figureYear, ct);
        var names = await MeasurementLoad.NamesAsync(db, actor.MunicipalityId, [figure?.EnteredByPersonId, figure?.ValidatedByPersonId], ct);
        var validated = figure?.IsValidated ?? false;
        return new EntePerformanceView(planId, figureYear, figure is null ? null : VersionOf(db, figure), figure?.Value, figure?.Note,
            figure?.EnteredByPersonId is null ? null : names(figure.EnteredByPersonId), figure?.EnteredAt,
            figure?.ValidatedByPersonId is null ? null : names(figure.ValidatedByPersonId), figure?.ValidatedAt, validated,
            AccessRules.CanEnterEntePerformance(actor, plan.MunicipalityId) && !validated,
            AccessRules.CanValidateEntePerformance(actor, plan.MunicipalityId) && !validated && figure?.Value is not null);
    }

    private static decimal? Effective(ObjectiveMeasurement measure, decimal? proposed) =>
        measure.Excluded ? null : measure.ThirdPartyDelay ? 100m : measure.OverridePct ?? proposed;

    // Roots are read tracked where their version is shown: an untracked entity has no shadow values.
    private static uint VersionOf<T>(PiaoDbContext db, T entity)
        where T : class => db.Entry(entity).Property<uint>(RowVersionCheck.Property).CurrentValue;

    private DateOnly Today() => DateOnly.FromDateTime(ItalianTime.ToLocal(clock.GetUtcNow()).DateTime);
}
