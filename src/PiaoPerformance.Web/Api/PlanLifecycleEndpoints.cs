using Microsoft.AspNetCore.Http.HttpResults;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Lifecycle;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Api;

/// <summary>
/// The plan's lifecycle and card edits. Who may do what is decided by the services (AccessRules): 403 with the
/// Italian reason when the actor may not, 404 for another ente's ids, 400 for a broken rule (an approval refused
/// lists every problem under <c>errors.problems</c>), 409 when someone saved the card in the meantime.
/// </summary>
internal static class PlanLifecycleEndpoints
{
    public static RouteGroupBuilder MapPlanLifecycleEndpoints(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans/{id:guid}").WithTags("Ciclo di vita del piano");
        plans.MapGet("/lifecycle", async Task<Results<Ok<PlanLifecycleView>, NotFound>> (Guid id, PlanLifecycleService lifecycle, CurrentActor current, CancellationToken ct) =>
                await lifecycle.GetAsync(await current.GetAsync(ct), id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("GetPlanLifecycle")
            .WithSummary("Stato e versione del piano, invio per unità, azioni consentite all'utente e problemi che bloccano l'approvazione.");
        plans.MapPost("/units/{unitId:guid}/submit", async (Guid id, Guid unitId, PlanLifecycleService lifecycle, CurrentActor current, CancellationToken ct) =>
                TypedResults.Ok(await lifecycle.SubmitUnitAsync(await current.GetAsync(ct), id, unitId, ct: ct)))
            .WithName("SubmitUnit")
            .WithSummary("Il responsabile invia per l'approvazione le schede della sua unità.");
        plans.MapPost("/units/{unitId:guid}/return", async (Guid id, Guid unitId, ReturnUnitRequest request, PlanLifecycleService lifecycle, CurrentActor current, CancellationToken ct) =>
                TypedResults.Ok(await lifecycle.ReturnUnitAsync(await current.GetAsync(ct), id, unitId, request.Reason ?? "", ct)))
            .WithName("ReturnUnit")
            .WithSummary("Il Segretario restituisce in bozza le schede di un'unità, indicando il motivo.");
        plans.MapPost("/approve", async (Guid id, ApprovePlanRequest request, PlanLifecycleService lifecycle, CurrentActor current, CancellationToken ct) =>
                TypedResults.Ok(await lifecycle.ApproveAsync(await current.GetAsync(ct), id, request.DeliberationNumber ?? "",
                    request.DeliberationDate ?? throw new DomainException("Data della deliberazione di Giunta: campo obbligatorio.", "DeliberationDate"), ct: ct)))
            .WithName("ApprovePlan")
            .WithSummary("Il Segretario approva il piano con numero e data della deliberazione di Giunta; 400 con l'elenco dei problemi se non è approvabile.");
        plans.MapPost("/advance", async (Guid id, PlanLifecycleService lifecycle, CurrentActor current, CancellationToken ct) =>
                TypedResults.Ok(await lifecycle.AdvanceAsync(await current.GetAsync(ct), id, ct: ct)))
            .WithName("AdvancePlan")
            .WithSummary("Porta il piano allo stato successivo (Monitoraggio, Rendicontazione, Valutazione NIV; Validato dal NIV).");
        plans.MapPost("/variations", async (Guid id, StartVariationRequest request, PlanLifecycleService lifecycle, CurrentActor current, CancellationToken ct) =>
                TypedResults.Ok(await lifecycle.StartVariationAsync(await current.GetAsync(ct), id, request.Reason ?? "", request.ActNumber ?? "",
                    request.ActDate ?? throw new DomainException("Data dell'atto: campo obbligatorio.", "ActDate"), ct)))
            .WithName("StartVariation")
            .WithSummary("Il Segretario registra una variazione (motivo e atto): si apre una nuova versione in bozza; le precedenti restano consultabili.");
        plans.MapGet("/versions", async Task<Results<Ok<IReadOnlyList<PlanVersionSummary>>, NotFound>> (Guid id, PlanLifecycleService lifecycle, CurrentActor current, CancellationToken ct) =>
                await lifecycle.ListVersionsAsync(await current.GetAsync(ct), id, ct) is { } versions ? TypedResults.Ok(versions) : TypedResults.NotFound())
            .WithName("ListPlanVersions")
            .WithSummary("Le versioni approvate del piano, con deliberazione e variazione.");
        plans.MapGet("/versions/{n:int}", async Task<Results<Ok<PlanVersionView>, NotFound>> (Guid id, int n, PlanLifecycleService lifecycle, CurrentActor current, CancellationToken ct) =>
                await lifecycle.GetVersionAsync(await current.GetAsync(ct), id, n, ct) is { } version ? TypedResults.Ok(version) : TypedResults.NotFound())
            .WithName("GetPlanVersion")
            .WithSummary("Una versione approvata del piano, com'era al momento dell'approvazione.");

        api.MapPut("/objectives/{id:guid}", UpdateObjectiveAsync)
            .WithTags("Obiettivi")
            .WithName("UpdateObjective")
            .WithSummary("Modifica descrizione, peso e percentuali attese di una scheda; 409 se nel frattempo un altro utente l'ha salvata.");
        return api;
    }

    private static async Task<Results<Ok<ObjectiveView>, NotFound>> UpdateObjectiveAsync(
        Guid id, UpdateObjectiveRequest request, ObjectiveEditService edits, PlanQueries queries, CurrentActor current, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        var version = request.Version ?? throw new DomainException("Versione della scheda: campo obbligatorio (il valore «version» letto con la scheda).", "Version");
        var edit = request.ToEdit();
        await edits.UpdateAsync(actor, id, edit, version, ct: ct);
        return await queries.GetObjectiveAsync(actor, id, ct) is { } objective ? TypedResults.Ok(objective) : TypedResults.NotFound();
    }
}
