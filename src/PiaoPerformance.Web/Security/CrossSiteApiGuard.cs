namespace PiaoPerformance.Web.Security;

/// <summary>
/// A call that changes something through the API (POST, PUT, PATCH, DELETE) is refused with 403 when the browser
/// says it comes from another site (<c>Sec-Fetch-Site: cross-site</c> or <c>same-site</c>). The SameSite=Strict
/// cookie already keeps the session out of such a request; this is the second lock (CSRF, docs/security.md).
/// API clients such as curl send no such header and are unaffected.
/// </summary>
internal static class CrossSiteApiGuard
{
    public const string Detail = "Richiesta proveniente da un altro sito: operazione rifiutata.";

    public static void UseCrossSiteApiGuard(this WebApplication app) =>
        app.UseWhen(IsUnsafeApiCall, api => api.Use(async (context, next) =>
        {
            if (context.Request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site")
            {
                await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Non autorizzato", detail: Detail)
                    .ExecuteAsync(context);
                return;
            }

            await next(context);
        }));

    private static bool IsUnsafeApiCall(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        && !HttpMethods.IsGet(context.Request.Method)
        && !HttpMethods.IsHead(context.Request.Method)
        && !HttpMethods.IsOptions(context.Request.Method);
}
