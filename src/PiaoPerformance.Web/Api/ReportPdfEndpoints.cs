using Microsoft.AspNetCore.Http.HttpResults;
using PiaoPerformance.Web.Printing;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Api;

/// <summary>
/// The year's reports with charts as PDF/A-2b (issue 10): the Relazione view of a plan (every user of the ente) and
/// the premi summary (who may read the premi data; 403 otherwise). 404 for another ente's plan, 400 for a year outside it.
/// </summary>
internal static class ReportPdfEndpoints
{
    public static RouteGroupBuilder MapReportPdfEndpoints(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Piani");
        plans.MapGet("/{id:guid}/relazione.pdf", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, int? year, ReportPdfService pdf, CurrentActor current, CancellationToken ct) =>
                await pdf.RelazioneAsync(await current.GetAsync(ct), id, year, ct) is { } file ? TypedResults.File(file.Content, "application/pdf", file.FileName) : TypedResults.NotFound())
            .WithName("GetRelazionePdf")
            .WithSummary("La Relazione dell'anno (PDF/A-2b): raggiungimento per unità e per obiettivo strategico dalle misurazioni concordate dal NIV, con i grafici e i loro dati.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        plans.MapGet("/{id:guid}/premi.pdf", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, int? year, ReportPdfService pdf, CurrentActor current, CancellationToken ct) =>
                await pdf.PremiAsync(await current.GetAsync(ct), id, year, ct) is { } file ? TypedResults.File(file.Content, "application/pdf", file.FileName) : TypedResults.NotFound())
            .WithName("GetPremiPdf")
            .WithSummary("Il riepilogo dei dati relativi ai premi dell'anno (PDF/A-2b): premi per categoria e fascia, grado di differenziazione, grafici dei premi e della distribuzione per fascia.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        return api;
    }
}
