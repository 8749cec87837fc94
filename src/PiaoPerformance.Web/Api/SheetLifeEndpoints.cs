using Microsoft.AspNetCore.Http.HttpResults;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Api;

/// <summary>
/// The persisted evaluation sheets and their conciliation (SPEC §3, §4.15). The services decide who may do what
/// (AccessRules.Sheets): 403 with the Italian reason when the actor may not (a colleague's sheet included), 404 for
/// another ente's or a made-up id, 400 with <c>errors</c> keyed by field for a broken rule, 409 for a stale version.
/// </summary>
internal static class SheetLifeEndpoints
{
    public static RouteGroupBuilder MapSheetLifeEndpoints(this RouteGroupBuilder api)
    {
        var sheets = api.MapGroup("/sheets").WithTags("Schede di valutazione");
        sheets.MapGet("/mine", async (EvaluationSheetService service, CurrentActor current, CancellationToken ct) =>
                TypedResults.Ok(await service.ListMineAsync(await current.GetAsync(ct), ct)))
            .WithName("ListMySheets")
            .WithSummary("Le schede di valutazione di chi è collegato, come valutato.");
        sheets.MapGet("/to-evaluate", async (EvaluationSheetService service, CurrentActor current, CancellationToken ct) =>
                TypedResults.Ok(await service.ListToEvaluateAsync(await current.GetAsync(ct), ct)))
            .WithName("ListSheetsToEvaluate")
            .WithSummary("Le schede che chi è collegato compila come valutatore, con le scadenze e quelle superate.");
        sheets.MapGet("/", async (int? year, EvaluationSheetService service, CurrentActor current, CancellationToken ct) =>
                TypedResults.Ok(await service.ListAllAsync(await current.GetAsync(ct), year, ct)))
            .WithName("ListSheets")
            .WithSummary("Tutte le schede dell'ente (facoltativamente di un anno): riservato al Segretario e al NIV.");
        sheets.MapGet("/{id:guid}", async Task<Results<Ok<SheetView>, NotFound>> (Guid id, EvaluationSheetService service, CurrentActor current, CancellationToken ct) =>
                await service.GetAsync(await current.GetAsync(ct), id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("GetSheet")
            .WithSummary("Una scheda: punteggi con i descrittori dei livelli, componenti A, B, C, D, fascia, premio con la spiegazione, conciliazione e versioni.");
        sheets.MapPut("/{id:guid}/scores", UpdateAsync)
            .WithName("UpdateSheetScores")
            .WithSummary("Il valutatore inserisce punteggi, performance di ente, sanzioni, presenza e dati economici; 409 se la scheda è stata salvata nel frattempo.");
        sheets.MapPut("/{id:guid}/achievements", TakeAchievementsAsync)
            .WithName("TakeSheetAchievements")
            .WithSummary("Il NIV acquisisce il grado di raggiungimento concordato (0-100 %) o l'esclusione di ciascun obiettivo della scheda.");
        Step(sheets, "notify", "NotifySheet", "Il valutatore notifica la scheda: i valori sono congelati in una versione e decorrono 10 giorni lavorativi per le osservazioni.",
            (s, a, id, r, ct) => s.NotifyAsync(a, id, r.On, r.Version, ct));
        Step(sheets, "observe", "ObserveSheet", "Il valutato presenta osservazioni entro 10 giorni lavorativi dalla notifica.",
            (s, a, id, r, ct) => s.ObserveAsync(a, id, r.Text, r.On, r.Version, ct));
        Step(sheets, "confirm", "ConfirmSheet", "Il valutatore conferma il giudizio dopo le osservazioni.",
            (s, a, id, r, ct) => s.ConfirmAsync(a, id, r.Text, r.On, r.Version, ct));
        Step(sheets, "modify", "ModifySheet", "Il valutatore notifica la scheda modificata dopo le osservazioni: una nuova versione.",
            (s, a, id, r, ct) => s.ModifyAsync(a, id, r.Text, r.On, r.Version, ct));
        Step(sheets, "accept", "AcceptSheet", "Il valutato sottoscrive la scheda, chiudendo la procedura.",
            (s, a, id, r, ct) => s.AcceptAsync(a, id, r.On, r.Version, ct));
        Step(sheets, "contest", "ContestSheet", "Il valutato non accetta la scheda confermata o modificata (motivi obbligatori).",
            (s, a, id, r, ct) => s.ContestAsync(a, id, r.Text, r.On, r.Version, ct));
        Step(sheets, "validate", "ValidateSheet", "Il Segretario o il NIV validano la scheda: la versione finale sostituisce le precedenti, che restano consultabili.",
            (s, a, id, r, ct) => s.ValidateAsync(a, id, r.On, r.Version, ct));
        return api;
    }

    private static void Step(RouteGroupBuilder sheets, string action, string name, string summary,
        Func<EvaluationSheetService, Domain.Access.Actor, Guid, SheetStepRequest, CancellationToken, Task<SheetView>> step) =>
        sheets.MapPost($"/{{id:guid}}/{action}", async (Guid id, SheetStepRequest request, EvaluationSheetService service, CurrentActor current, CancellationToken ct) =>
                TypedResults.Ok(await step(service, await current.GetAsync(ct), id, request, ct)))
            .WithName(name)
            .WithSummary(summary);

    private static async Task<Ok<SheetView>> UpdateAsync(Guid id, UpdateSheetRequest request, EvaluationSheetService service, CurrentActor current, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        var version = request.Version ?? throw new DomainException("Versione della scheda: campo obbligatorio (il valore «version» letto con la scheda).", "version");
        var edit = new SheetEdit(
            request.BehaviourScores,
            request.Notes,
            request.EntePerformance,
            request.Sanctions is { } s ? new SanctionsInput { WrittenReprimand = s.WrittenReprimand, Fine = s.Fine, Suspension = s.Suspension, Dismissal = s.Dismissal } : null,
            request.Service is { } presence
                ? new Domain.Evaluation.ServiceInput
                {
                    From = presence.From,
                    To = presence.To,
                    PartTimePct = presence.PartTimePct ?? 100m,
                    VerticalPartTime = presence.VerticalPartTime,
                    ProtectedAbsence = presence.ProtectedAbsence,
                    AbsenceDays = presence.AbsenceDays,
                }
                : null,
            request.Pay is { } pay ? new SheetPayEdit(pay.Maximum, pay.InterimIncrease, pay.PaymentTimesMet) : null);
        return TypedResults.Ok(await service.UpdateAsync(actor, id, edit, version, ct));
    }

    private static async Task<Ok<SheetView>> TakeAchievementsAsync(Guid id, TakeAchievementsRequest request, EvaluationSheetService service, CurrentActor current,
        CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        var achievements = (request.Achievements ?? throw new DomainException("Risultati concordati: campo obbligatorio.", "achievements"))
            .Select((a, i) => new AgreedAchievement(
                a.ObjectiveId ?? throw new DomainException("Obiettivo: campo obbligatorio.", $"achievements[{i}].objectiveId"), a.Pct, a.Excluded))
            .ToList();
        return TypedResults.Ok(await service.TakeAgreedAchievementsAsync(actor, id, achievements, request.Version, ct));
    }
}
