using Microsoft.AspNetCore.Http.HttpResults;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Api;

/// <summary>
/// Monitoring, reporting and the NIV's measure (issue 7): the responsabile's report and evidence per objective and
/// year, the NIV's measure with sign-offs and the agreed value, the reweighting after exclusions, the agreed values
/// the sheets take, the ente's performance. Everyone of the ente reads; who writes is decided by the services (403
/// with the Italian reason), another ente's ids are 404, a broken rule 400 naming the field, a stale version 409.
/// A missing <c>year</c> means the first year of the plan's cycle.
/// </summary>
internal static class MeasurementEndpoints
{
    public static RouteGroupBuilder MapMeasurementEndpoints(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/objectives/{id:guid}/report").WithTags("Rendicontazione");
        reports.MapGet("", async Task<Results<Ok<ReportView>, NotFound>> (Guid id, int? year, MeasurementQueries queries, CurrentActor current, CancellationToken ct) =>
                await queries.GetReportAsync(await current.GetAsync(ct), id, year, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("GetObjectiveReport")
            .WithSummary("Rendicontazione dell'obiettivo per l'anno: avanzamenti, valore realizzato, relazione, atti, file di evidenza.");
        reports.MapPut("", async (Guid id, ReportRequest request, ReportingService reporting, MeasurementQueries queries, CurrentActor current, CancellationToken ct) =>
            {
                var actor = await current.GetAsync(ct);
                await reporting.SaveReportAsync(actor, id, request.Year,
                    new ReportInput(request.RealizedPct, request.MeasuredValue, request.ReachedStep, request.ReportText, request.Acts), request.Version, ct);
                return await ReportAsync(queries, actor, id, request.Year, ct);
            })
            .WithName("SaveObjectiveReport")
            .WithSummary("Il responsabile dell'unità registra a fine anno valore realizzato, relazione e atti (numero, data).");
        reports.MapPost("/progress", async (Guid id, ProgressRequest request, ReportingService reporting, MeasurementQueries queries, CurrentActor current, CancellationToken ct) =>
            {
                var actor = await current.GetAsync(ct);
                await reporting.AddProgressAsync(actor, id, request.Year, new ProgressInput(request.Date, request.Text, request.ProgressPct), request.Version, ct);
                return await ReportAsync(queries, actor, id, request.Year, ct);
            })
            .WithName("AddReportProgress")
            .WithSummary("Il responsabile registra uno stato di avanzamento durante il monitoraggio.");
        reports.MapPost("/submit", async (Guid id, VersionedRequest request, ReportingService reporting, MeasurementQueries queries, CurrentActor current, CancellationToken ct) =>
            {
                var actor = await current.GetAsync(ct);
                await reporting.SubmitAsync(actor, id, request.Year, request.Version, ct);
                return await ReportAsync(queries, actor, id, request.Year, ct);
            })
            .WithName("SubmitObjectiveReport")
            .WithSummary("Il responsabile invia la rendicontazione al NIV: il periodo si chiude.");
        reports.MapPost("/reopen", async (Guid id, ReopenRequest request, ReportingService reporting, MeasurementQueries queries, CurrentActor current, CancellationToken ct) =>
            {
                var actor = await current.GetAsync(ct);
                await reporting.ReopenAsync(actor, id, request.Year, request.Reason, ct);
                return await ReportAsync(queries, actor, id, request.Year, ct);
            })
            .WithName("ReopenObjectiveReport")
            .WithSummary("Il Segretario o il NIV riaprono una rendicontazione chiusa per un inserimento tardivo, con il motivo (registrato).");
        reports.MapPost("/evidence", UploadEvidenceAsync)
            .WithName("UploadEvidence")
            // The body is the file's bytes, whatever its Content-Type: no Accepts metadata, which would make routing
            // answer 415 before the sign-in and access checks (and the type is judged by content, never by header).
            .WithSummary("Carica un file di evidenza (PDF, PNG, JPEG; tipo verificato sul contenuto; limite dell'ente): il corpo della richiesta sono i byte del file, il nome in fileName.");

        api.MapGet("/evidence/{evidenceId:guid}", async (Guid evidenceId, ReportingService reporting, CurrentActor current, CancellationToken ct) =>
            {
                var file = await reporting.DownloadEvidenceAsync(await current.GetAsync(ct), evidenceId, ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithTags("Rendicontazione")
            .WithName("DownloadEvidence")
            .WithSummary("Scarica un file di evidenza.");

        MapMeasures(api);
        MapPlanFigures(api);
        return api;
    }

    private static void MapMeasures(RouteGroupBuilder api)
    {
        var measures = api.MapGroup("/objectives/{id:guid}/measurement").WithTags("Misurazione NIV");
        measures.MapGet("", async Task<Results<Ok<MeasurementView>, NotFound>> (Guid id, int? year, MeasurementQueries queries, CurrentActor current, CancellationToken ct) =>
                await queries.GetMeasurementAsync(await current.GetAsync(ct), id, year, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("GetObjectiveMeasurement")
            .WithSummary("Misurazione del NIV: valore proposto dalla regola (con spiegazione), scelte del NIV, sopravvenienze, sottoscrizioni, valore concordato.");
        measures.MapPut("", async (Guid id, MeasureRequest request, MeasurementService service, MeasurementQueries queries, CurrentActor current, CancellationToken ct) =>
            {
                var actor = await current.GetAsync(ct);
                await service.SaveAsync(actor, id, request.Year, new(request.OverridePct, request.OverrideReason, request.ThirdPartyDelay == true,
                    request.ThirdPartyReason, request.ThirdPartyEvidence, request.Excluded == true, request.ExclusionReason), request.Version, ct);
                return await MeasurementAsync(queries, actor, id, request.Year, ct);
            })
            .WithName("SaveObjectiveMeasurement")
            .WithSummary("Il NIV modifica il valore (con motivazione), registra il ritardo di terzi o esclude l'obiettivo (con motivazione).");
        measures.MapPost("/events", async (Guid id, MeasurementEventRequest request, MeasurementService service, MeasurementQueries queries, CurrentActor current, CancellationToken ct) =>
            {
                var actor = await current.GetAsync(ct);
                await service.AddEventAsync(actor, id, request.Year, request.Date, request.Description, request.Version, ct);
                return await MeasurementAsync(queries, actor, id, request.Year, ct);
            })
            .WithName("AddMeasurementEvent")
            .WithSummary("Il NIV registra una sopravvenienza (evento successivo alla pianificazione).");
        measures.MapPost("/sign-off", async (Guid id, VersionedRequest request, MeasurementService service, MeasurementQueries queries, CurrentActor current, CancellationToken ct) =>
            {
                var actor = await current.GetAsync(ct);
                await service.SignOffAsync(actor, id, request.Year, request.Version, ct);
                return await MeasurementAsync(queries, actor, id, request.Year, ct);
            })
            .WithName("SignOffMeasurement")
            .WithSummary("Un componente del NIV sottoscrive la misurazione così com'è.");
        measures.MapPost("/agree", async (Guid id, VersionedRequest request, MeasurementService service, MeasurementQueries queries, CurrentActor current, CancellationToken ct) =>
            {
                var actor = await current.GetAsync(ct);
                await service.AgreeAsync(actor, id, request.Year, request.Version, ct);
                return await MeasurementAsync(queries, actor, id, request.Year, ct);
            })
            .WithName("AgreeMeasurement")
            .WithSummary("Il NIV registra il valore concordato, sottoscritto da tutti i componenti: la misurazione diventa definitiva.");
    }

    private static void MapPlanFigures(RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans/{id:guid}").WithTags("Misurazione NIV");
        plans.MapGet("/units/{unitId:guid}/weights", async Task<Results<Ok<WeightsView>, NotFound>> (Guid id, Guid unitId, int? year, MeasurementQueries queries, CurrentActor current, CancellationToken ct) =>
                await queries.GetWeightsAsync(await current.GetAsync(ct), id, unitId, year, ct: ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("GetUnitWeights")
            .WithSummary("Pesi degli obiettivi dell'unità (con i trasversali): originari ed effettivi dopo le esclusioni, con il raggiungimento ponderato.");
        plans.MapGet("/achievements", async Task<Results<Ok<IReadOnlyCollection<AgreedAchievement>>, NotFound>> (Guid id, int? year, MeasurementQueries queries, CurrentActor current, CancellationToken ct) =>
            {
                var actor = await current.GetAsync(ct);
                if (await queries.YearOfPlanAsync(actor, id, year, ct) is not { } planYear)
                {
                    return TypedResults.NotFound();
                }

                var agreed = await queries.AgreedAchievementsAsync(actor, id, planYear, ct);
                return TypedResults.Ok<IReadOnlyCollection<AgreedAchievement>>(agreed.Values.OrderBy(a => a.ObjectiveId).ToList());
            })
            .WithName("GetAgreedAchievements")
            .WithSummary("I valori concordati dal NIV per l'anno (definitivi), con esclusioni e ritardi di terzi: ciò che usano le schede.");
        plans.MapGet("/ente-performance", async Task<Results<Ok<EntePerformanceView>, NotFound>> (Guid id, int? year, MeasurementQueries queries, CurrentActor current, CancellationToken ct) =>
                await queries.GetEntePerformanceAsync(await current.GetAsync(ct), id, year, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("GetEntePerformance")
            .WithSummary("Performance dell'ente dell'anno (componente A): valore della Giunta e validazione del NIV.");
        plans.MapPut("/ente-performance", async (Guid id, EntePerformanceRequest request, EntePerformanceService service, MeasurementQueries queries, CurrentActor current, CancellationToken ct) =>
            {
                var actor = await current.GetAsync(ct);
                await service.EnterAsync(actor, id, request.Year, request.Value, request.Note, request.Version, ct);
                return TypedResults.Ok(await queries.GetEntePerformanceAsync(actor, id, request.Year, ct) ?? throw new NotFoundException("Piano non trovato."));
            })
            .WithName("EnterEntePerformance")
            .WithSummary("L'operatore della Giunta inserisce la performance dell'ente (0-100) per l'anno.");
        plans.MapPost("/ente-performance/validate", async (Guid id, VersionedRequest request, EntePerformanceService service, MeasurementQueries queries, CurrentActor current, CancellationToken ct) =>
            {
                var actor = await current.GetAsync(ct);
                await service.ValidateAsync(actor, id, request.Year, request.Version, ct);
                return TypedResults.Ok(await queries.GetEntePerformanceAsync(actor, id, request.Year, ct) ?? throw new NotFoundException("Piano non trovato."));
            })
            .WithName("ValidateEntePerformance")
            .WithSummary("Il NIV valida la performance dell'ente inserita dalla Giunta.");
    }

    private static async Task<Ok<EvidenceView>> UploadEvidenceAsync(Guid id, int? year, string? fileName, HttpRequest request,
        ReportingService reporting, CurrentActor current, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        return TypedResults.Ok(await reporting.UploadEvidenceAsync(actor, id, year, fileName, buffer.ToArray(), ct));
    }

    private static async Task<Ok<ReportView>> ReportAsync(MeasurementQueries queries, Domain.Access.Actor actor, Guid id, int? year, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetReportAsync(actor, id, year, ct) ?? throw new NotFoundException("Obiettivo non trovato."));

    private static async Task<Ok<MeasurementView>> MeasurementAsync(MeasurementQueries queries, Domain.Access.Actor actor, Guid id, int? year, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetMeasurementAsync(actor, id, year, ct) ?? throw new NotFoundException("Obiettivo non trovato."));
}
