using Microsoft.AspNetCore.Http.HttpResults;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.OpenData;
using PiaoPerformance.Infrastructure.Rewards;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Api;

/// <summary>A what-if on a sheet: achievements (% or exclusion) and behaviour scores that replace the stored ones, nothing saved.</summary>
public sealed record SheetWhatIfRequest(IReadOnlyList<AgreedAchievement>? Achievements, IReadOnlyList<int>? BehaviourScores);

/// <summary>The money reads (issue 7): the premi data as JSON and CSV, the differentiation check, the what-if of a sheet.</summary>
internal static class MoneyEndpoints
{
    public static RouteGroupBuilder MapMoneyEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{id:guid}/premi", async (Guid id, int? year, MoneyService money, CurrentActor current, CancellationToken ct) =>
                TypedResults.Ok(await money.PremiAsync(await current.GetAsync(ct), id, year, ct)))
            .WithTags("Premi")
            .WithName("GetPremi")
            .WithSummary("Dati relativi ai premi dell'anno (year; se manca, il primo anno del piano): persone e importi per categoria e fascia, grado di differenziazione.");
        api.MapGet("/plans/{id:guid}/premi.csv", async Task<FileContentHttpResult> (Guid id, int? year, string? dialect,
                MoneyService money, CurrentActor current, CancellationToken ct) =>
            {
                var chosen = OpenDataEndpoints.Dialect(dialect);
                var report = await money.PremiAsync(await current.GetAsync(ct), id, year, ct);
                var file = TabularExport.Write(PremiCsv.Table(report.Summary, report.Year), TabularExport.Csv(chosen), $"premi-{report.Year}");
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithTags("Premi")
            .WithName("GetPremiCsv")
            .WithSummary("Dati relativi ai premi in CSV: dialect=it (;, virgola decimale, UTF-8 con BOM) o rfc4180 (, e punto decimale).");
        api.MapGet("/differentiation", async (int year, MoneyService money, CurrentActor current, CancellationToken ct) =>
                TypedResults.Ok(await money.DifferentiationAsync(await current.GetAsync(ct), year, ct)))
            .WithTags("Premi")
            .WithName("GetDifferentiation")
            .WithSummary("Verifica della differenziazione: per valutatore, distribuzione dei punteggi e avviso se (quasi) tutti hanno il massimo.");
        api.MapPost("/sheets/{id:guid}/what-if", async Task<Results<Ok<WhatIfView>, NotFound>> (Guid id, SheetWhatIfRequest request, MoneyService money,
                CurrentActor current, CancellationToken ct) =>
                await money.WhatIfAsync(await current.GetAsync(ct), id, request.Achievements ?? [], request.BehaviourScores, ct) is { } view
                    ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithTags("Premi")
            .WithName("SheetWhatIf")
            .WithSummary("Simulazione su una scheda: nuovi D, fascia e premio con la spiegazione, senza salvare nulla.");
        api.MapFundEndpoints();
        return api;
    }
}
