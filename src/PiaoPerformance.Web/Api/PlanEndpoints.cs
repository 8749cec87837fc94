using Microsoft.AspNetCore.Http.HttpResults;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Printing;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Api;

internal static class PlanEndpoints
{
    public static RouteGroupBuilder MapPlanEndpoints(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Piani");
        plans.MapGet("/", async (PlanQueries queries, CurrentActor current, CancellationToken ct) => TypedResults.Ok(await queries.ListPlansAsync(await current.GetAsync(ct), ct)))
            .WithName("ListPlans")
            .WithSummary("Elenco dei piani: id, ente, ciclo, stato.");
        plans.MapGet("/{id:guid}", async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<PlanView>, Microsoft.AspNetCore.Http.HttpResults.NotFound>> (Guid id, PlanQueries queries, CurrentActor current, CancellationToken ct) =>
                await queries.GetPlanAsync(await current.GetAsync(ct), id, ct) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound())
            .WithName("GetPlan")
            .WithSummary("Il piano completo: unità con responsabili, schede obiettivo con ogni campo, indicatori, target annuali.");
        plans.MapGet("/{id:guid}/piao.pdf", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, PlanPdfService pdf, CurrentActor current, CancellationToken ct) =>
                await pdf.ExportAsync(await current.GetAsync(ct), id, ct: ct) is { } file ? TypedResults.File(file.Content, "application/pdf", file.FileName) : TypedResults.NotFound())
            .WithName("GetPlanPdf")
            .WithSummary("Il PDF/A-2b della sottosezione 2.2 Performance del PIAO (lo stesso file del pulsante \"Scarica PDF\"); \"BOZZA\" su ogni pagina finché il piano non è approvato.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        api.MapGet("/objectives/{id:guid}", async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<ObjectiveView>, Microsoft.AspNetCore.Http.HttpResults.NotFound>> (Guid id, PlanQueries queries, CurrentActor current, CancellationToken ct) =>
                await queries.GetObjectiveAsync(await current.GetAsync(ct), id, ct) is { } objective ? TypedResults.Ok(objective) : TypedResults.NotFound())
            .WithTags("Obiettivi")
            .WithName("GetObjective")
            .WithSummary("Una scheda obiettivo.");
        return api;
    }
}
