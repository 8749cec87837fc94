using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Lifecycle;
using PiaoPerformance.Infrastructure.Pdf;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Components.Print;

namespace PiaoPerformance.Web.Printing;

/// <summary>A generated file: its download name and bytes.</summary>
public sealed record PdfFile(string FileName, byte[] Content);

/// <summary>
/// The PIAO 2.2 PDF of a plan: the plan and its approval as the actor may read them, <see cref="PiaoDocument"/> rendered
/// to HTML with <see cref="HtmlRenderer"/> (the very component the preview page shows), printed through the export
/// queue to PDF/A-2b. The button on the preview page and <c>GET /api/v1/plans/{id}/piao.pdf</c> both call this.
/// </summary>
public sealed class PlanPdfService(
    PlanQueries plans,
    PlanLifecycleService lifecycle,
    PdfExporter exporter,
    IServiceScopeFactory scopes,
    ILoggerFactory loggerFactory,
    TimeProvider time)
{
    /// <summary>The document's content for the actor; null when the plan does not exist for them (another ente's).</summary>
    public async Task<PiaoDocumentModel?> ModelAsync(Actor actor, Guid planId, bool forPrint, string anchorBase = "", CancellationToken ct = default)
    {
        var plan = await plans.GetPlanAsync(actor, planId, ct);
        var state = plan is null ? null : await lifecycle.GetAsync(actor, planId, ct);
        if (plan is null || state is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(ItalianTime.ToLocal(time.GetUtcNow()).DateTime);
        return new PiaoDocumentModel(plan, state.Approval, state.VersionNumber, today, forPrint, anchorBase);
    }

    /// <summary>The PDF/A-2b of the plan, or null when the actor cannot read it; <paramref name="progress"/> follows the queue.</summary>
    public async Task<PdfFile?> ExportAsync(Actor actor, Guid planId, IProgress<PdfExportStage>? progress = null, CancellationToken ct = default)
    {
        var model = await ModelAsync(actor, planId, forPrint: true, ct: ct);
        if (model is null)
        {
            return null;
        }

        var title = PdfArchiver.Ascii($"{model.DocumentTitle} - {model.Plan.Ente}");
        var html = $"<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head>" +
            $"<body style=\"margin:0\">{await RenderAsync(model)}</body></html>";
        var request = new PrintRequest(html, Header(model), Footer, new PdfMetadata(title, model.Plan.Ente));
        return new PdfFile(FileName(model), await exporter.ExportAsync(request, progress, ct));
    }

    /// <summary>The document's HTML, as the preview page shows it inside the app.</summary>
    public async Task<string> RenderAsync(PiaoDocumentModel model)
    {
        // The renderer resolves scoped services of its own (ComponentsActivitySource): give it a scope, not the root.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<PiaoDocument>(ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(PiaoDocument.Model)] = model }));
            return output.ToHtmlString();
        });
    }

    /// <summary>"PIAO_2024-2026_Sottosezione_2.2_Performance_Comune_di_Cassano_delle_Murge[_BOZZA].pdf".</summary>
    public static string FileName(PiaoDocumentModel model)
    {
        var name = PdfArchiver.Ascii($"{model.Plan.Cycle} Sottosezione 2.2 Performance {model.Plan.Ente}{(model.IsDraft ? " BOZZA" : "")}");
        var safe = new string(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_').ToArray());
        return string.Join('_', safe.Split('_', StringSplitOptions.RemoveEmptyEntries)) + ".pdf";
    }

    // A draft says BOZZA twice on each page: the diagonal watermark of the document (PiaoDocument) and, as text that
    // search and screen readers find, the running header. Chromium's header and footer live outside the page: no web font there (DejaVu Sans, apt fonts-dejavu-core), and
    // their font size must be set or it is tiny.
    private const string Band = "font-family:'DejaVu Sans',sans-serif;font-size:7.5pt;color:#555;width:100%;margin:0 14mm;";

    private const string Footer = $"<div style=\"{Band}text-align:center\">Pagina <span class=\"pageNumber\"></span> di <span class=\"totalPages\"></span></div>";

    private static string Header(PiaoDocumentModel model) =>
        $"<div style=\"{Band}display:flex;justify-content:space-between;border-bottom:0.5pt solid #999;padding-bottom:2pt\">" +
        $"<span>{WebUtility.HtmlEncode(model.Plan.Ente)}</span>" +
        (model.IsDraft ? $"<span style=\"color:#a61919;font-weight:bold;letter-spacing:1pt\">{PrintTexts.Draft}</span>" : "") +
        $"<span>{WebUtility.HtmlEncode(model.DocumentTitle)}</span></div>";
}
