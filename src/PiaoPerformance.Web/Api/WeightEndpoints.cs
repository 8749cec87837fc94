using Microsoft.AspNetCore.Http.HttpResults;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Api;

/// <summary>
/// "Pesi uguali" on a position of the plan (unit + person evaluated), in the style of the lifecycle routes: the service
/// decides who may (403 with the Italian reason), 404 for another ente's ids, 409 when a card of the position changed
/// since its versions were read.
/// </summary>
internal static class WeightEndpoints
{
    public static RouteGroupBuilder MapWeightEndpoints(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans/{id:guid}").WithTags("Pesi");
        plans.MapGet("/equal-weights", async Task<Results<Ok<IReadOnlyList<EqualWeightsOffer>>, NotFound>> (Guid id, WeightBalancingService weights, CurrentActor current, CancellationToken ct) =>
                await weights.OffersAsync(await current.GetAsync(ct), id, ct) is { } offers ? TypedResults.Ok(offers) : TypedResults.NotFound())
            .WithName("ListEqualWeightsOffers")
            .WithSummary("Le posizioni (unità e responsabile) a cui l'utente può assegnare pesi uguali ora, con le versioni delle loro schede.");
        plans.MapPost("/units/{unitId:guid}/equal-weights", async (Guid id, Guid unitId, EqualWeightsRequest request, WeightBalancingService weights, CurrentActor current, CancellationToken ct) =>
                TypedResults.Ok(await weights.ApplyAsync(await current.GetAsync(ct), id, unitId, request.ResponsiblePersonId,
                    request.Versions ?? throw new DomainException("Versioni delle schede: campo obbligatorio (le «versions» lette con le posizioni).", "Versions"),
                    request.Reason, ct)))
            .WithName("ApplyEqualWeights")
            .WithSummary("Assegna pesi uguali agli obiettivi propri di una posizione, così che con i trasversali raggiungano il totale richiesto; 409 se nel frattempo una scheda è cambiata.");
        return api;
    }
}

/// <summary>
/// The position (<see cref="ResponsiblePersonId"/> null: the unit's heads together) and its cards' versions as read
/// (<c>GET /plans/{id}/equal-weights</c>); <see cref="Reason"/> goes to the audit trail.
/// </summary>
public sealed record EqualWeightsRequest(Guid? ResponsiblePersonId, IReadOnlyDictionary<Guid, uint>? Versions, string? Reason = null);
