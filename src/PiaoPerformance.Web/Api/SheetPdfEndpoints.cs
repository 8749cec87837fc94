using Microsoft.AspNetCore.Http.HttpResults;
using PiaoPerformance.Web.Printing;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Api;

/// <summary>
/// The evaluation sheets as PDF/A-2b (issue 8): one sheet with the sheet's access rules (403 for a colleague's, 404
/// for another ente's), and a unit's sheets that the caller may read in one file (404 when there is none).
/// </summary>
internal static class SheetPdfEndpoints
{
    public static RouteGroupBuilder MapSheetPdfEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/sheets/{id:guid}/pdf", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, SheetPdfService pdf, CurrentActor current, CancellationToken ct) =>
                await pdf.ExportSheetAsync(await current.GetAsync(ct), id, ct) is { } file ? TypedResults.File(file.Content, "application/pdf", file.FileName) : TypedResults.NotFound())
            .WithTags("Schede di valutazione")
            .WithName("GetSheetPdf")
            .WithSummary("Il PDF/A-2b della scheda di valutazione (intestazione, componenti A, B, C, totale D, fascia, firme); \"BOZZA\" finché non è notificata.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        api.MapGet("/units/{id:guid}/sheets.pdf", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, int? year, SheetPdfService pdf, CurrentActor current, CancellationToken ct) =>
                await pdf.ExportUnitAsync(await current.GetAsync(ct), id, year, ct) is { } file ? TypedResults.File(file.Content, "application/pdf", file.FileName) : TypedResults.NotFound())
            .WithTags("Schede di valutazione")
            .WithName("GetUnitSheetsPdf")
            .WithSummary("Le schede di valutazione di un'unità (dell'anno indicato) che chi chiama può leggere, in un unico PDF/A-2b, ciascuna da una nuova pagina; 404 se non ce n'è nessuna.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        return api;
    }
}
