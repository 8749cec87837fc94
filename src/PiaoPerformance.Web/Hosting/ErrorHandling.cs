using Microsoft.AspNetCore.Diagnostics;

namespace PiaoPerformance.Web.Hosting;

internal static class ErrorHandling
{
    public const string ErrorPagePath = "/errore";

    public static void AddPiaoErrorHandling(this IServiceCollection services) =>
        services.AddExceptionHandler<UnexpectedApiErrorHandler>();

    /// <summary>
    /// In every environment: an unexpected error on a page re-renders the Italian <c>/errore</c> page (a request id, no
    /// details); on <c>/api</c> it answers a generic 500 problem JSON (<see cref="UnexpectedApiErrorHandler"/>). The
    /// exception itself goes only to the log.
    /// </summary>
    public static void UsePiaoErrorHandling(this WebApplication app) =>
        app.UseExceptionHandler(ErrorPagePath, createScopeForErrors: true);
}

/// <summary>
/// An API client never gets the HTML error page nor the exception: a 500 problem details with the request's traceId to
/// quote. Bad input and refused access are answered earlier (ApiProblemHandler).
/// </summary>
internal sealed class UnexpectedApiErrorHandler : IExceptionHandler
{
    public const string Title = "Errore interno";

    public const string Detail =
        "Si è verificato un errore imprevisto. Se si ripete, comunicare all'assistenza il codice traceId di questa risposta.";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already switched the path to /errore: the failed request's own path is in the feature.
        var path = new PathString(httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path);
        if (!path.StartsWithSegments("/api"))
        {
            return false;
        }

        // The problem details carry the request's traceId, the id the log line of the exception carries too.
        await TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: Title, detail: Detail)
            .ExecuteAsync(httpContext);
        return true;
    }
}
