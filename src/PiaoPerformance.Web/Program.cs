using PiaoPerformance.Infrastructure;
using PiaoPerformance.Web.Api;
using PiaoPerformance.Web.Components;
using PiaoPerformance.Web.Hosting;
using PiaoPerformance.Web.Security;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// scripts/run serves the build output in Production: the static assets (Bootstrap Italia, compressed variants)
// live in obj/ and node_modules until publish, so map them in every environment, not only in Development.
builder.WebHost.UseStaticWebAssets();
builder.HideServerHeader();
builder.AddPiaoLogging();
builder.AddItalianCulture();

var connectionString = builder.Configuration.GetConnectionString("Piao");
if (string.IsNullOrWhiteSpace(connectionString))
{
    throw new InvalidOperationException("Connection string 'Piao' is missing: set ConnectionStrings__Piao (scripts/run does).");
}

builder.Services.AddPiaoInfrastructure(connectionString);
builder.Services.AddPiaoPdf(builder.Configuration);
builder.Services.AddSingleton<PiaoPerformance.Web.Printing.PlanPdfService>();
builder.Services.AddSingleton<PiaoPerformance.Web.Printing.SheetPdfService>();
builder.Services.AddSingleton<PiaoPerformance.Web.Printing.ReportPdfService>();
builder.Services.AddPiaoHealthChecks();
builder.Services.AddPiaoApi();
builder.Services.AddPiaoAuthentication();
builder.Services.AddPiaoDataProtection();
builder.Services.AddPiaoRateLimits(builder.Configuration);
builder.Services.AddPiaoErrorHandling();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();
try
{
    await app.PrepareDatabaseAsync();

    // Security headers first, so that every response carries them, error pages and 429s included (docs/security.md).
    app.UseSecurityHeaders();

    // In every environment: API errors become problem details (ApiProblemHandler, UnexpectedApiErrorHandler), page
    // errors the /errore page; never a stack trace.
    app.UsePiaoErrorHandling();
    app.UseRequestLogging();
    app.UseCrossSiteApiGuard();
    app.UseApiProblemDetails();
    app.UseRequestLocalization();
    app.UseStatusCodePagesWithReExecute("/non-trovato");
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseRateLimiter();
    app.UseAntiforgery();
    app.MapStaticAssets().AllowAnonymous();
    app.MapAccountEndpoints();
    app.MapPiaoHealthChecks();
    app.MapPiaoApi();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The application stopped on an unhandled error");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
