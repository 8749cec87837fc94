using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Web.Hosting;

internal static class HealthSetup
{
    private const string ReadyTag = "ready";

    public static void AddPiaoHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks().AddDbContextCheck<PiaoDbContext>("database", tags: [ReadyTag]);

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: the database answers too.</summary>
    public static void MapPiaoHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJson }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteJson }).AllowAnonymous();
    }

    private static Task WriteJson(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
