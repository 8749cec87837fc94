using Serilog;

namespace PiaoPerformance.Web.Hosting;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog from configuration: readable lines in Development, JSON lines in Production (appsettings*.json).
    /// Serilog.AspNetCore is not available here, so the core packages are wired by hand (ADR-008).
    /// </summary>
    public static void AddPiaoLogging(this WebApplicationBuilder builder)
    {
        Log.Logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(Log.Logger, dispose: true);
    }

    /// <summary>One log line per request: method, path, status, elapsed milliseconds.</summary>
    public static void UseRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PiaoPerformance.Requests");
        app.Use(async (context, next) =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!context.Request.Path.StartsWithSegments("/_blazor") || context.Response.StatusCode >= 400)
                {
                    logger.LogInformation("HTTP {Method} {Path} responded {StatusCode} in {Elapsed:0.0} ms",
                        context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, elapsed);
                }
            }
        });
    }
}
