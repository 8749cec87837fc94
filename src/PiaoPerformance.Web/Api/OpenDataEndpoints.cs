using Microsoft.AspNetCore.Http.HttpResults;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.OpenData;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Api;

/// <summary>
/// Results and open data (issue 9, item 4): the achievements per objective, the evaluation sheets the caller may see
/// and the premi summary of a plan's year, each as CSV (<c>dialect=it|rfc4180</c>), .xlsx and .ods (ADR-021).
/// </summary>
internal static class OpenDataEndpoints
{
    private const string Tag = "Dati aperti";

    public static RouteGroupBuilder MapOpenDataEndpoints(this RouteGroupBuilder api)
    {
        Map(api, "results", "Results", OpenDataSet.Results, "Raggiungimento per obiettivo dell'anno (year; se manca, il primo anno del piano)");
        Map(api, "sheets", "Sheets", OpenDataSet.Sheets, "Schede di valutazione dell'anno che chi chiama può vedere (un dipendente: solo la propria)");
        Map(api, "premi", "Premi", OpenDataSet.Premi, "Dati relativi ai premi dell'anno", csv: false);
        return api;
    }

    /// <summary>The dialect a CSV is asked in (default Italian).</summary>
    public static CsvDialect Dialect(string? dialect) => dialect?.ToLowerInvariant() switch
    {
        null or "" or "it" => CsvDialect.It,
        "rfc4180" => CsvDialect.Rfc4180,
        _ => throw new DomainException("Formato del CSV: «it» (punto e virgola, virgola decimale) o «rfc4180».", "dialect"),
    };

    private static void Map(RouteGroupBuilder api, string path, string name, OpenDataSet set, string summary, bool csv = true)
    {
        if (csv)
        {
            api.MapGet($"/plans/{{id:guid}}/{path}.csv", (Guid id, int? year, string? dialect, OpenDataService data, CurrentActor current, CancellationToken ct) =>
                    FileAsync(data, current, set, id, year, TabularExport.Csv(Dialect(dialect)), ct))
                .WithTags(Tag).WithName($"Get{name}Csv")
                .WithSummary($"{summary}, in CSV: dialect=it (;, virgola decimale, UTF-8 con BOM) o rfc4180 (, e punto decimale).");
        }

        api.MapGet($"/plans/{{id:guid}}/{path}.xlsx", (Guid id, int? year, OpenDataService data, CurrentActor current, CancellationToken ct) =>
                FileAsync(data, current, set, id, year, ExportFormat.Xlsx, ct))
            .WithTags(Tag).WithName($"Get{name}Xlsx").WithSummary($"{summary}, in .xlsx.");
        api.MapGet($"/plans/{{id:guid}}/{path}.ods", (Guid id, int? year, OpenDataService data, CurrentActor current, CancellationToken ct) =>
                FileAsync(data, current, set, id, year, ExportFormat.Ods, ct))
            .WithTags(Tag).WithName($"Get{name}Ods").WithSummary($"{summary}, in OpenDocument (.ods).");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> FileAsync(OpenDataService data, CurrentActor current, OpenDataSet set, Guid id, int? year,
        ExportFormat format, CancellationToken ct)
    {
        if (await data.ReadAsync(await current.GetAsync(ct), set, id, year, ct) is not { } table)
        {
            return TypedResults.NotFound();
        }

        var file = table.File(format);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
