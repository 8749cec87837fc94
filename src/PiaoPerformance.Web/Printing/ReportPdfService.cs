using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Dashboard;
using PiaoPerformance.Infrastructure.Pdf;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Components.Print;

namespace PiaoPerformance.Web.Printing;

/// <summary>
/// The year's reports with charts (issue 10): the Relazione view of a plan (<see cref="RelazioneDocument"/>) and the
/// premi summary (<see cref="PremiDocument"/>), rendered with <see cref="HtmlRenderer"/> and printed through the
/// export queue to PDF/A-2b like the PIAO and the sheets. The data and the access rules are <see cref="DashboardQueries"/>'.
/// </summary>
public sealed class ReportPdfService(
    DashboardQueries dashboard,
    PlanQueries plans,
    PdfExporter exporter,
    IServiceScopeFactory scopes,
    ILoggerFactory loggerFactory)
{
    /// <summary>The Relazione of <paramref name="year"/> (default: the plan's first year); null when the plan is not of the actor's ente.</summary>
    public async Task<PdfFile?> RelazioneAsync(Actor actor, Guid planId, int? year, CancellationToken ct = default)
    {
        if (await PlanAsync(actor, planId, ct) is not { } plan)
        {
            return null;
        }

        var data = await dashboard.AchievementAsync(actor, planId, year, ct);
        var model = new RelazioneDocumentModel(plan.Ente, plan.Cycle, data, ForPrint: true);
        var title = $"Relazione sulla performance {data.Year}";
        return await ExportAsync<RelazioneDocument>(model, plan.Ente, title, $"Relazione {data.Year}", ct);
    }

    /// <summary>The premi summary of <paramref name="year"/>; null when the plan is not of the actor's ente.</summary>
    /// <exception cref="AccessDeniedException">The actor may not read the premi data.</exception>
    public async Task<PdfFile?> PremiAsync(Actor actor, Guid planId, int? year, CancellationToken ct = default)
    {
        if (await PlanAsync(actor, planId, ct) is not { } plan)
        {
            return null;
        }

        var report = await dashboard.PremiAsync(actor, planId, year, ct);
        var distribution = await dashboard.BandDistributionAsync(actor, planId, report.Year, ct);
        var model = new PremiDocumentModel(plan.Ente, plan.Cycle, report, distribution, ForPrint: true);
        var title = $"Dati relativi ai premi {report.Year}";
        return await ExportAsync<PremiDocument>(model, plan.Ente, title, $"Premi {report.Year}", ct);
    }

    private async Task<PlanSummary?> PlanAsync(Actor actor, Guid planId, CancellationToken ct) =>
        (await plans.ListPlansAsync(actor, ct)).FirstOrDefault(p => p.Id == planId);

    private async Task<PdfFile> ExportAsync<TDocument>(object model, string ente, string title, string fileName, CancellationToken ct)
        where TDocument : IComponent
    {
        var ascii = PdfArchiver.Ascii($"{title} - {ente}");
        var html = $"<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(ascii)}</title></head>" +
            $"<body style=\"margin:0\">{await RenderAsync<TDocument>(model)}</body></html>";
        var header = $"<div style=\"{Band}display:flex;justify-content:space-between;border-bottom:0.5pt solid #999;padding-bottom:2pt\">" +
            $"<span>{WebUtility.HtmlEncode(ente)}</span><span>{WebUtility.HtmlEncode(title)}</span></div>";
        var request = new PrintRequest(html, header, Footer, new PdfMetadata(ascii, ente));
        return new PdfFile(SheetPdfService.FileName(fileName), await exporter.ExportAsync(request, ct: ct));
    }

    private async Task<string> RenderAsync<TDocument>(object model)
        where TDocument : IComponent
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TDocument>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model }));
            return output.ToHtmlString();
        });
    }

    private const string Band = "font-family:'DejaVu Sans',sans-serif;font-size:7.5pt;color:#555;width:100%;margin:0 14mm;";

    private const string Footer = $"<div style=\"{Band}text-align:center\">Pagina <span class=\"pageNumber\"></span> di <span class=\"totalPages\"></span></div>";
}
