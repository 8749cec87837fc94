using Microsoft.AspNetCore.Http.HttpResults;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Spreadsheets;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Api;

/// <summary>One problem of an imported workbook: sheet, cell ("F12"; empty for the whole file) and Italian message.</summary>
public sealed record ImportErrorResponse(string Sheet, string Cell, string Message);

/// <summary>The answer of an import: what was (or would be) created and updated, every problem, and the preview rows.</summary>
public sealed record ImportResponse(
    int Created,
    int Updated,
    int Unchanged,
    bool Saved,
    IReadOnlyList<ImportErrorResponse> Errors,
    IReadOnlyList<ImportPreviewRow> Rows)
{
    public static ImportResponse Of(ImportResult result) => new(result.Created, result.Updated, result.Unchanged, result.Saved,
        result.Errors.Select(e => new ImportErrorResponse(e.Sheet, e.Cell, e.Message)).ToList(), result.Rows);
}

/// <summary>The plan workbook (issue 9): the same export and import as the page's buttons.</summary>
internal static class PlanSpreadsheetEndpoints
{
    public static RouteGroupBuilder MapPlanSpreadsheetEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{id:guid}/plan.xlsx", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, PlanSpreadsheetService spreadsheets, CurrentActor current, CancellationToken ct) =>
                await spreadsheets.ExportAsync(await current.GetAsync(ct), id, ct) is { } file
                    ? TypedResults.File(file.Content, PlanSpreadsheetService.ContentType, file.FileName)
                    : TypedResults.NotFound())
            .WithTags("Piani")
            .WithName("GetPlanWorkbook")
            .WithSummary("Il piano come cartella di lavoro .xlsx nel modello documentato (Obiettivi, Indicatori, Attese, Fasi, Regole, Contributi, Elenchi, Leggimi): lo stesso file del pulsante «Scarica Excel».")
            .Produces(StatusCodes.Status200OK, contentType: PlanSpreadsheetService.ContentType);
        api.MapPost("/plans/{id:guid}/import", ImportAsync)
            .WithTags("Piani")
            .WithName("ImportPlanWorkbook")
            // Multipart with the file in the field "file"; no Accepts metadata, which would make routing answer 415
            // before the sign-in and access checks (the content is judged by WorkbookFileCheck, never by header).
            .WithSummary("Importa il modello .xlsx in un piano in Bozza (multipart, campo «file»). dryRun=true restituisce l'anteprima e i problemi senza salvare. "
                + "Risponde {created, updated, unchanged, saved, errors: [{sheet, cell, message}], rows}: 200 senza problemi, 422 con problemi (nulla salvato).");
        return api;
    }

    private static async Task<IResult> ImportAsync(Guid id, bool? dryRun, HttpRequest request, PlanSpreadsheetService spreadsheets, CurrentActor current, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        await spreadsheets.EnsureCanImportAsync(actor, id, ct);
        if (!request.HasFormContentType)
        {
            throw new DomainException("Inviare il file come multipart/form-data nel campo «file».", "file");
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? throw new DomainException("Manca il file: inviarlo nel campo «file».", "file");
        await using var stream = file.OpenReadStream();
        var result = await spreadsheets.ImportAsync(actor, id, file.FileName, stream, dryRun == true, ct: ct);
        var response = ImportResponse.Of(result);
        return result.Errors.Count == 0 ? TypedResults.Ok(response) : TypedResults.UnprocessableEntity(response);
    }
}
