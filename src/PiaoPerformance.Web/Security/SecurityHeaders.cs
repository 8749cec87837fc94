namespace PiaoPerformance.Web.Security;

/// <summary>
/// Headers on every response (pages, API, static files, error pages): a Content Security Policy with no inline
/// script, no framing, no MIME sniffing, no referrer, no powerful browser features. docs/security.md explains each.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from the app itself: Bootstrap Italia, <c>blazor.web.js</c>, <c>js/app.js</c>, and the Swagger UI's
    /// files (its page at <c>/api/docs</c> has no inline script, so it needs no exception). The Blazor circuit's
    /// WebSocket is same-origin: 'self' covers ws/wss to the same host (checked in Chromium). Inline styles stay
    /// allowed: Bootstrap Italia injects its @font-face rules with a &lt;style&gt; element, Blazor's reconnect dialog
    /// styles itself, and the kit's components set style attributes.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>
    /// First in the pipeline; the headers are added as the response starts, so error pages (whose handler clears the
    /// headers) and the rate limiter's 429 carry them too.
    /// </summary>
    public static void UseSecurityHeaders(this WebApplication app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });

    /// <summary>No <c>Server: Kestrel</c> header: nothing to tell a scanner which server answers.</summary>
    public static void HideServerHeader(this WebApplicationBuilder builder) =>
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
}
