using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Pdf;
using PiaoPerformance.Web.Components.Print;

namespace PiaoPerformance.Web.Printing;

/// <summary>
/// Evaluation-sheet PDFs (issue 8): one sheet, or every sheet of a unit the actor may read in one file, each from a
/// new page. The same engine as the PIAO (<see cref="PlanPdfService"/>): <see cref="SheetDocument"/> rendered with
/// <see cref="HtmlRenderer"/>, printed through the export queue to PDF/A-2b. The access rules are the sheets'
/// (<see cref="EvaluationSheetService"/>: 403 for a colleague's sheet, null for another ente's).
/// </summary>
public sealed class SheetPdfService(
    EvaluationSheetService sheets,
    PdfExporter exporter,
    IServiceScopeFactory scopes,
    ILoggerFactory loggerFactory)
{
    /// <summary>The PDF of one sheet, or null when the actor's ente has no such sheet.</summary>
    /// <exception cref="AccessDeniedException">The sheet is not the actor's to read.</exception>
    public async Task<PdfFile?> ExportSheetAsync(Actor actor, Guid sheetId, CancellationToken ct = default)
    {
        var sheet = await sheets.GetAsync(actor, sheetId, ct);
        if (sheet is null)
        {
            return null;
        }

        var model = new SheetDocumentModel(await sheets.EnteNameAsync(actor, ct), [sheet], ForPrint: true);
        var title = PdfArchiver.Ascii($"Scheda di valutazione {sheet.Year} - {sheet.PersonName}");
        var name = $"Scheda {sheet.Year} {sheet.PersonName}{(model.IsSingleDraft ? " BOZZA" : "")}";
        return await ExportAsync(model, title, name, ct);
    }

    /// <summary>Every sheet of the unit (of <paramref name="year"/>, if given) the actor may read; null when there is none.</summary>
    public async Task<PdfFile?> ExportUnitAsync(Actor actor, Guid unitId, int? year, CancellationToken ct = default)
    {
        var unit = await sheets.ListUnitAsync(actor, unitId, year, ct);
        if (unit is null || unit.Sheets.Count == 0)
        {
            return null;
        }

        var model = new SheetDocumentModel(unit.Ente, unit.Sheets, ForPrint: true);
        var title = PdfArchiver.Ascii($"Schede di valutazione {year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""} - {unit.UnitName}".Replace("  ", " ", StringComparison.Ordinal));
        return await ExportAsync(model, title, $"Schede {year} {unit.UnitName}", ct);
    }

    /// <summary>The sheets' HTML.</summary>
    public async Task<string> RenderAsync(SheetDocumentModel model)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<SheetDocument>(ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(SheetDocument.Model)] = model }));
            return output.ToHtmlString();
        });
    }

    private async Task<PdfFile> ExportAsync(SheetDocumentModel model, string title, string fileName, CancellationToken ct)
    {
        var html = $"<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head>" +
            $"<body style=\"margin:0\">{await RenderAsync(model)}</body></html>";
        var request = new PrintRequest(html, Header(model), Footer, new PdfMetadata(title, model.Ente));
        return new PdfFile(FileName(fileName), await exporter.ExportAsync(request, ct: ct));
    }

    /// <summary>"Scheda_2024_Nome_Cognome[_BOZZA].pdf": ASCII letters, digits and underscores.</summary>
    public static string FileName(string name)
    {
        var safe = new string(PdfArchiver.Ascii(name).Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_').ToArray());
        return string.Join('_', safe.Split('_', StringSplitOptions.RemoveEmptyEntries)) + ".pdf";
    }

    private const string Band = "font-family:'DejaVu Sans',sans-serif;font-size:7.5pt;color:#555;width:100%;margin:0 14mm;";

    private const string Footer = $"<div style=\"{Band}text-align:center\">Pagina <span class=\"pageNumber\"></span> di <span class=\"totalPages\"></span></div>";

    private static string Header(SheetDocumentModel model) =>
        $"<div style=\"{Band}display:flex;justify-content:space-between;border-bottom:0.5pt solid #999;padding-bottom:2pt\">" +
        $"<span>{WebUtility.HtmlEncode(model.Ente)}</span>" +
        (model.IsSingleDraft ? $"<span style=\"color:#a61919;font-weight:bold;letter-spacing:1pt\">{PrintTexts.Draft}</span>" : "") +
        $"<span>{PrintSheetTexts.Header}</span></div>";
}
