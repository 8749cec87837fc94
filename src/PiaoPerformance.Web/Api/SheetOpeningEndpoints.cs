using Microsoft.AspNetCore.Http.HttpResults;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Api;

/// <summary>
/// Opening sheets and changing an evaluator, the Segretario's (AccessRules.CanManageSheets): 403 for anyone else,
/// 404 for another ente's plan or sheet, 400 with <c>errors</c> keyed by field for a broken rule, 409 for a stale version.
/// </summary>
internal static class SheetOpeningEndpoints
{
    public static RouteGroupBuilder MapSheetOpeningEndpoints(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Schede di valutazione");
        plans.MapGet("/{id:guid}/sheets/open-year", async (Guid id, int? year, EvaluationSheetService service, CurrentActor current, CancellationToken ct) =>
                TypedResults.Ok(await service.PreviewYearAsync(await current.GetAsync(ct), id, year, ct)))
            .WithName("PreviewSheetsOfYear")
            .WithSummary("Le persone con un'assegnazione nell'anno: ruolo, unità e periodi, valutatore proposto, mesi per unità (prevalenza) e schede già aperte.");
        plans.MapPost("/{id:guid}/sheets/open-year", OpenYearAsync)
            .WithName("OpenSheetsOfYear")
            .WithSummary("Il Segretario apre in un'unica transazione le schede in bozza mancanti dell'anno; chi non può essere aperto è saltato con il motivo.");
        plans.MapPost("/{id:guid}/sheets", OpenAsync)
            .WithName("OpenSheet")
            .WithSummary("Il Segretario apre una scheda in bozza per una persona, un anno e un ruolo.");
        api.MapPost("/sheets/{id:guid}/evaluator-change", ReplaceAsync)
            .WithTags("Schede di valutazione")
            .WithName("ReplaceSheetEvaluator")
            .WithSummary("Il Segretario registra che il valutatore ha lasciato l'incarico in una data e nomina chi gli subentra dal giorno dopo (SPEC §4.13).");
        return api;
    }

    private static async Task<Ok<OpenYearResponse>> OpenYearAsync(Guid id, OpenYearRequest request, EvaluationSheetService service, CurrentActor current,
        CancellationToken ct)
    {
        var year = request.Year ?? throw new DomainException("Anno: campo obbligatorio.", "year");
        var result = await service.OpenYearAsync(await current.GetAsync(ct), id, new YearOpeningRequest(year, request.PersonIds, request.JointOnTie), ct);
        return TypedResults.Ok(new OpenYearResponse(result.Opened, result.Skipped.Select(s => new OpenYearSkip(s.PersonId, s.Reason)).ToList()));
    }

    private static async Task<Created<SheetView>> OpenAsync(Guid id, OpenSheetRequest request, EvaluationSheetService service, CurrentActor current,
        CancellationToken ct)
    {
        var open = new SheetOpen(
            id,
            request.PersonId ?? throw new DomainException("Persona valutata: campo obbligatorio.", "personId"),
            request.Year ?? throw new DomainException("Anno: campo obbligatorio.", "year"),
            request.Role ?? throw new DomainException("Ruolo valutato: campo obbligatorio.", "role"),
            request.OrgUnitId,
            (request.Evaluators ?? []).Select((e, i) => new SheetEvaluatorDraft(
                e.PersonId ?? throw new DomainException("Persona: campo obbligatorio.", $"evaluators[{i}].personId"), e.Role, e.OrgUnitId)).ToList(),
            request.EvaluatorKind,
            request.Objectives?.Select((o, i) => new SheetObjectiveChoice(
                o.ObjectiveId ?? throw new DomainException("Obiettivo: campo obbligatorio.", $"objectives[{i}].objectiveId"), o.Weight)).ToList());
        var view = await service.OpenAsync(await current.GetAsync(ct), open, ct);
        return TypedResults.Created($"/api/v1/sheets/{view.Id}", view);
    }

    private static async Task<Ok<SheetView>> ReplaceAsync(Guid id, ReplaceEvaluatorRequest request, EvaluationSheetService service, CurrentActor current,
        CancellationToken ct) =>
        TypedResults.Ok(await service.ReplaceEvaluatorAsync(
            await current.GetAsync(ct),
            id,
            request.FormerPersonId ?? throw new DomainException("Valutatore che lascia: campo obbligatorio.", "formerPersonId"),
            request.LeftOn ?? throw new DomainException("Data di cessazione: campo obbligatorio.", "leftOn"),
            request.ReplacementPersonId ?? throw new DomainException("Nuovo valutatore: campo obbligatorio.", "replacementPersonId"),
            request.Note,
            request.Version,
            ct));
}
