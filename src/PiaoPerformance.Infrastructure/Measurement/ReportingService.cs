using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Measurement;

/// <summary>
/// The responsabile's monitoring and reporting (issue 7 item 1): progress entries, the year-end report with acts,
/// evidence files, sending to the NIV, and the reopening of a closed period. Each change runs in its own context and
/// transaction with the plan's row held shared, asks <see cref="AccessRules"/> who may act (403), lets the entity
/// keep its rules (400 naming the field) and saves against the version read (409), audited as the actor. A null
/// year is the first year of the plan's cycle. Evidence may be attached while progress or the report is open.
/// </summary>
public sealed class ReportingService(IDbContextFactory<PiaoDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Adds a progress entry. <paramref name="version"/>: the report's version as read (null when there was none).</summary>
    public Task<uint> AddProgressAsync(Actor actor, Guid objectiveId, int? year, ProgressInput input, uint? version, CancellationToken ct = default) =>
        ChangeAsync(actor, objectiveId, year, version, null, (plan, report) =>
            report.AddProgress(plan.State, input.Date ?? throw new DomainException("Data dell'avanzamento: campo obbligatorio.", "date"),
                input.Text, input.ProgressPct, actor.PersonId, clock.GetUtcNow()), ct);

    /// <summary>Writes the year-end values, relazione and acts (replacing the acts given before).</summary>
    public Task<uint> SaveReportAsync(Actor actor, Guid objectiveId, int? year, ReportInput input, uint? version, CancellationToken ct = default) =>
        ChangeAsync(actor, objectiveId, year, version, null, (plan, report) =>
            report.Report(plan.State, input.RealizedPct, input.MeasuredValue, input.ReachedStep, input.ReportText, input.Acts), ct);

    /// <summary>Sends the report to the NIV; the period closes.</summary>
    public Task<uint> SubmitAsync(Actor actor, Guid objectiveId, int? year, uint? version, CancellationToken ct = default) =>
        ChangeAsync(actor, objectiveId, year, version, null, (plan, report) => report.Submit(plan.State, actor.PersonId, clock.GetUtcNow()), ct);

    /// <summary>
    /// The Segretario or the NIV reopens a closed report for a late entry; the reason is kept on the report and on the
    /// audit row. Needs no version: a reopening only adds, and the plan's lock orders it with other writes.
    /// </summary>
    public async Task<uint> ReopenAsync(Actor actor, Guid objectiveId, int? year, string? reason, CancellationToken ct = default)
    {
        await using var db = (await contextFactory.CreateDbContextAsync(ct)).AuditAs(actor, reason);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (plan, objective) = await MeasurementLoad.LockedAsync(db, actor, objectiveId, ct);
        if (!AccessRules.CanReopenReport(actor, plan))
        {
            throw new AccessDeniedException("Solo il Segretario o il NIV possono riaprire una rendicontazione chiusa.");
        }

        var reportYear = year ?? plan.StartYear;
        var report = await db.ObjectiveReports().FirstOrDefaultAsync(r => r.ObjectiveId == objectiveId && r.Year == reportYear, ct);
        if (report is null)
        {
            report = new ObjectiveReport(plan, objective, reportYear);
            db.ObjectiveReports().Add(report);
        }

        report.Reopen(plan.State, reason, actor.PersonId, clock.GetUtcNow());
        db.Entry(report).Property<DateTimeOffset>(MeasurementLoad.UpdatedAt).CurrentValue = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return db.Entry(report).Property<uint>(RowVersionCheck.Property).CurrentValue;
    }

    /// <summary>
    /// Stores an evidence file of the report: its type checked by content against its name and the ente's size limit
    /// (<see cref="EvidenceContent"/>), in the same open period as the report. Returns the file as listed.
    /// </summary>
    public async Task<EvidenceView> UploadEvidenceAsync(Actor actor, Guid objectiveId, int? year, string? fileName, byte[] content, CancellationToken ct = default)
    {
        await using var db = (await contextFactory.CreateDbContextAsync(ct)).AuditAs(actor);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (plan, objective) = await MeasurementLoad.LockedAsync(db, actor, objectiveId, ct);
        EnsureMayReport(actor, plan, objective);
        var reportYear = year ?? plan.StartYear;
        var report = await db.ObjectiveReports().FirstOrDefaultAsync(r => r.ObjectiveId == objectiveId && r.Year == reportYear, ct);
        if (report is null)
        {
            report = new ObjectiveReport(plan, objective, reportYear);
            db.ObjectiveReports().Add(report);
        }

        if (ReportingWindow.WhyClosedForReport(plan.State, report.IsSubmitted, report.IsReopened) is { } closed
            && ReportingWindow.WhyClosedForProgress(plan.State, report.IsReopened) is not null)
        {
            throw new DomainException(closed, "file");
        }

        var settings = await db.Municipalities.Where(m => m.Id == actor.MunicipalityId).Select(m => m.Settings).FirstAsync(ct);
        var file = new EvidenceFile(report, fileName, content, settings.EvidenceMaxBytes(), actor.PersonId, clock.GetUtcNow());
        db.EvidenceFiles().Add(file);
        db.EvidenceBlobs().Add(new EvidenceBlob(file.Id, file.MunicipalityId, content));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new EvidenceView(file.Id, file.FileName, file.Type, file.SizeBytes, file.Sha256, actor.DisplayName, file.UploadedAt);
    }

    /// <summary>An evidence file's bytes, for anyone of its ente; another ente's id or a missing one is not found.</summary>
    public async Task<EvidenceDownload> DownloadEvidenceAsync(Actor actor, Guid evidenceId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var file = await db.EvidenceFiles().AsNoTracking().FirstOrDefaultAsync(f => f.Id == evidenceId && f.MunicipalityId == actor.MunicipalityId, ct);
        if (file is null || !AccessRules.CanReadMeasurement(actor, file.MunicipalityId))
        {
            throw new NotFoundException("File non trovato.");
        }

        var content = await db.EvidenceBlobs().Where(b => b.Id == evidenceId).Select(b => b.Content).FirstAsync(ct);
        return new EvidenceDownload(file.FileName, file.ContentType, content);
    }

    private async Task<uint> ChangeAsync(Actor actor, Guid objectiveId, int? year, uint? version, string? reason,
        Action<PlanCycle, ObjectiveReport> change, CancellationToken ct)
    {
        await using var db = (await contextFactory.CreateDbContextAsync(ct)).AuditAs(actor, reason);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (plan, objective) = await MeasurementLoad.LockedAsync(db, actor, objectiveId, ct);
        EnsureMayReport(actor, plan, objective);
        var reportYear = year ?? plan.StartYear;
        var report = await db.ObjectiveReports().FirstOrDefaultAsync(r => r.ObjectiveId == objectiveId && r.Year == reportYear, ct);
        if (report is null)
        {
            report = new ObjectiveReport(plan, objective, reportYear);
            db.ObjectiveReports().Add(report);
        }

        change(plan, report);
        var saved = await MeasurementLoad.SaveAsync(db, report, version, clock.GetUtcNow(), ct);
        await transaction.CommitAsync(ct);
        return saved;
    }

    private static void EnsureMayReport(Actor actor, PlanCycle plan, Objective objective)
    {
        if (!AccessRules.CanReport(actor, plan, objective))
        {
            throw new AccessDeniedException(AccessRules.WhyCannotReport(actor, plan, objective) ?? AccessRules.NotHeadOfUnit);
        }
    }
}
