using PiaoPerformance.Infrastructure.Audit;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Api;

internal static class AuditEndpoints
{
    /// <summary>
    /// <c>GET /api/v1/audit</c>: the ente's audit trail, 50 rows a page, newest first; Segretario, NIV and Amministratore
    /// only (403 otherwise); an object or person the ente's audit does not know is 404. Days are Rome's, both included.
    /// </summary>
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async (Guid? entityId, Guid? personId, DateOnly? from, DateOnly? to, int? page,
                AuditQueries audit, CurrentActor current, CancellationToken ct) =>
                TypedResults.Ok(await audit.FindAsync(await current.GetAsync(ct), new AuditFilter(entityId, personId, from, to, page ?? 1), ct)))
            .WithTags("Registro delle modifiche")
            .WithName("GetAuditTrail")
            .WithSummary("Registro delle modifiche dell'ente: per oggetto (entityId), persona (personId), periodo (from, to: AAAA-MM-GG), pagina.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
