using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace PiaoPerformance.Web.Security;

internal static class RateLimits
{
    public const string SignIn = "sign-in";

    public const string TooManyTitle = "Troppi tentativi di accesso";

    public const string TooManyDetail = "Troppi tentativi di accesso da questo indirizzo. Riprovare tra qualche minuto.";

    /// <summary>
    /// Sign-in attempts per client address (10 a minute unless <see cref="SignInRateLimitOptions"/> says otherwise), on
    /// top of the account lockout. The policy sits on <c>POST /api/v1/auth/login</c> and on the <c>/accedi</c> page,
    /// where only the form post counts: showing the page is free. Both share one budget per address.
    /// </summary>
    public static void AddPiaoRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SignInRateLimitOptions>(configuration.GetSection(SignInRateLimitOptions.Section));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, SignInPartition);
            options.OnRejected = (context, ct) => RejectAsync(context.HttpContext, context.Lease, ct);
        });
    }

    private static RateLimitPartition<string> SignInPartition(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var limit = context.RequestServices.GetRequiredService<IOptions<SignInRateLimitOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "?",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = TimeSpan.FromSeconds(limit.WindowSeconds),
                QueueLimit = 0,
            });
    }

    /// <summary>The API answers problem JSON; the sign-in form a short Italian page with a link back.</summary>
    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, CancellationToken ct)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: TooManyTitle, detail: TooManyDetail)
                .ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(TooManyPage, ct);
    }

    private static readonly string TooManyPage = $"""
        <!DOCTYPE html>
        <html lang="it">
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>{WebUtility.HtmlEncode(TooManyTitle)} · PiaoPerformance</title>
            <link rel="stylesheet" href="/lib/bootstrap-italia/css/bootstrap-italia.min.css" />
        </head>
        <body>
            <main class="container-xxl py-5">
                <h1 class="h2 mb-4">{WebUtility.HtmlEncode(TooManyTitle)}</h1>
                <div class="alert alert-warning" role="alert" data-testid="signin-rate-limited">{WebUtility.HtmlEncode(TooManyDetail)}</div>
                <p><a href="/accedi">Torna alla pagina di accesso</a></p>
            </main>
        </body>
        </html>
        """;
}
