using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Lifecycle;

namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// The plan workbook (issue 9): export of a plan to the documented template, and import of the same template into a
/// plan in Bozza. An import checks the file (<see cref="WorkbookFileCheck"/>), reads every sheet
/// (<see cref="WorkbookReader"/>), applies the rows to the cards in memory (<see cref="PlanImport"/>) and saves them
/// in one transaction, with audit rows, only if no problem was found anywhere; a dry run stops before the save.
/// </summary>
public sealed class PlanSpreadsheetService(IDbContextFactory<PiaoDbContext> contextFactory)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The plan as .xlsx, for anyone who may read it; null when there is no such plan in the actor's ente.</summary>
    public async Task<(byte[] Content, string FileName)?> ExportAsync(Actor actor, Guid planId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.MunicipalityId == actor.MunicipalityId, ct);
        if (plan is null || !AccessRules.CanReadPlan(actor, plan))
        {
            return null;
        }

        var lookups = await WorkbookLookups.LoadAsync(db, plan.MunicipalityId, ct);
        var objectives = await db.Objectives.AsNoTracking().AsSplitQuery().Where(o => o.PlanCycleId == planId).ToListAsync(ct);
        var content = new PlanWorkbookRows(lookups).Content(plan, objectives);
        return (PlanWorkbookWriter.Write(content), $"piano-{plan.StartYear}-{plan.EndYear}.xlsx");
    }

    /// <summary>Whether the actor may import into the plan now: the page shows the reason, the API answers 404 or 403 before reading an upload.</summary>
    /// <exception cref="NotFoundException">No such plan in the actor's ente.</exception>
    /// <exception cref="AccessDeniedException">The plan is not in Bozza, or the actor may not import (Italian reason).</exception>
    public async Task EnsureCanImportAsync(Actor actor, Guid planId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.MunicipalityId == actor.MunicipalityId, ct)
            ?? throw new NotFoundException("Piano non trovato.");
        if (AccessRules.WhyCannotImportPlan(actor, plan) is { } refusal)
        {
            throw new AccessDeniedException(refusal);
        }
    }

    /// <summary>The largest workbook the actor's ente accepts: its upload limit (the evidence files' one), 10 MB by default.</summary>
    public async Task<long> UploadLimitAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var settings = await db.Municipalities.AsNoTracking().Where(m => m.Id == actor.MunicipalityId).Select(m => m.Settings).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Ente non trovato.");
        return settings.EvidenceMaxBytes();
    }

    /// <summary>
    /// Imports a workbook from a stream (an upload), reading at most the ente's size limit plus one byte: a larger
    /// file is refused without being held in memory. See the byte overload.
    /// </summary>
    public async Task<ImportResult> ImportAsync(Actor actor, Guid planId, string? fileName, Stream content, bool dryRun,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var limit = await UploadLimitAsync(actor, ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                // The size check below names the limit; the rest of the upload is never read.
                return await ImportAsync(actor, planId, fileName, buffer.ToArray(), dryRun, progress, ct);
            }
        }

        return await ImportAsync(actor, planId, fileName, buffer.ToArray(), dryRun, progress, ct);
    }

    /// <summary>
    /// Imports a workbook into a plan in Bozza. Returns the counts, the preview rows and every problem; saves nothing
    /// when <paramref name="dryRun"/> or when there is any problem.
    /// </summary>
    /// <exception cref="NotFoundException">No such plan in the actor's ente.</exception>
    /// <exception cref="AccessDeniedException">The plan is not in Bozza, or the actor may not import (Italian reason).</exception>
    public async Task<ImportResult> ImportAsync(Actor actor, Guid planId, string? fileName, byte[] content, bool dryRun,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        await using var db = (await contextFactory.CreateDbContextAsync(ct)).AuditAs(actor, $"Importazione da foglio di calcolo «{Path.GetFileName(fileName ?? "piano.xlsx")}»");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var plan = await PlanLock.LoadAsync(db, actor, planId, PlanLock.Mode.Shared, ct);
        if (AccessRules.WhyCannotImportPlan(actor, plan) is { } refusal)
        {
            throw new AccessDeniedException(refusal);
        }

        var municipality = await db.Municipalities.AsNoTracking().FirstAsync(m => m.Id == plan.MunicipalityId, ct);
        progress?.Report(new ImportProgress("Controllo del file", 10));
        IReadOnlyDictionary<string, IReadOnlyList<WorkbookRow>> sheets;
        IReadOnlyList<ImportProblem> readProblems;
        try
        {
            WorkbookFileCheck.Check(fileName, content, municipality.Settings.EvidenceMaxBytes());
            progress?.Report(new ImportProgress("Lettura dei fogli", 25));
            (sheets, readProblems, var layoutOk) = WorkbookReader.Read(content);
            if (!layoutOk)
            {
                return ImportResult.Refused([.. readProblems]);
            }
        }
        catch (WorkbookRefusedException ex)
        {
            return ImportResult.Refused(ImportProblem.OfFile(ex.Message));
        }

        progress?.Report(new ImportProgress("Verifica delle righe", 50));
        var lookups = await WorkbookLookups.LoadAsync(db, plan.MunicipalityId, ct);
        var existing = await db.Objectives.AsSplitQuery().Where(o => o.PlanCycleId == planId).ToListAsync(ct);
        var import = new PlanImport(actor, plan, lookups, existing, municipality.Settings, readProblems);
        var rows = import.Run(sheets);
        var preview = rows.Select(r => new ImportPreviewRow(r.Ref, r.Unit?.Code, r.Number, r.Text(ObjectiveCol.Title) ?? "", r.Action)).ToList();
        var created = rows.Count(r => r.Action == ImportAction.Create);
        var updated = rows.Count(r => r.Action == ImportAction.Update);
        var unchanged = rows.Count(r => r.Action == ImportAction.Unchanged);
        if (import.Problems.Count > 0 || dryRun)
        {
            progress?.Report(new ImportProgress(import.Problems.Count > 0 ? "Problemi trovati" : "Anteprima pronta", 100));
            return new ImportResult(created, updated, unchanged, import.Problems, preview, false);
        }

        progress?.Report(new ImportProgress("Salvataggio", 75));
        db.Objectives.AddRange(import.Created);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        progress?.Report(new ImportProgress("Importazione completata", 100));
        return new ImportResult(created, updated, unchanged, [], preview, true);
    }
}
