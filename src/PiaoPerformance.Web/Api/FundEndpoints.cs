using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Api;

/// <summary>A unit's head-count on 1 January for one classification area, as the fund request gives it.</summary>
public sealed record FundHeadcountRequest(Guid OrgUnitId, ClassificationArea Area, int Count);

/// <summary>
/// The year's fund to save. <c>version</c> is the one read with GET (null when the year had no fund): a stale one is
/// answered 409 and nothing is saved.
/// </summary>
public sealed record SaveFundRequest(decimal Amount, decimal SupplementPct, decimal SupplementQuotaPct, IReadOnlyList<FundHeadcountRequest>? Headcounts = null,
    decimal? OrganisationalPerformanceSum = null, uint? Version = null);

/// <summary>The year's fund (issue 7): read with its split and version, saved by the Segretario against that version.</summary>
internal static class FundEndpoints
{
    public static RouteGroupBuilder MapFundEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{id:guid}/fund", async (Guid id, int? year, PerformanceFundService funds, CurrentActor current, CancellationToken ct) =>
                TypedResults.Ok(await funds.GetAsync(await current.GetAsync(ct), id, year, ct)))
            .WithTags("Premi")
            .WithName("GetFund")
            .WithSummary("Il fondo dell'anno (year; se manca, il primo anno del piano) con la ripartizione tra le unità e la versione da rimandare al salvataggio; fund null se non ancora registrato.");
        api.MapPut("/plans/{id:guid}/fund", async (Guid id, int? year, SaveFundRequest request, PerformanceFundService funds,
                CurrentActor current, CancellationToken ct) =>
                TypedResults.Ok(await funds.SaveAsync(await current.GetAsync(ct), id, year,
                    new FundEdit(request.Amount, request.SupplementPct, request.SupplementQuotaPct,
                        (request.Headcounts ?? []).Select(h => new HeadcountLine(h.OrgUnitId, h.Area, h.Count)).ToList(),
                        request.OrganisationalPerformanceSum),
                    request.Version, ct)))
            .WithTags("Premi")
            .WithName("SaveFund")
            .WithSummary("Registra il fondo dell'anno (year) del piano (Segretario); 409 se nel frattempo un altro utente l'ha salvato.");
        return api;
    }
}
