using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PiaoPerformance.Web.Api;

internal static class ApiSetup
{
    public static void AddPiaoApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "PiaoPerformance API";
            document.Info.Description = "Piani della performance (PIAO, sottosezione 2.2): lettura dei piani e delle schede obiettivo.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails();

        // Unreadable JSON must reach ApiProblemHandler (to name the field) in every environment, not only in Development.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
    }

    /// <summary>The read API under <c>/api/v1</c>, described at <c>/openapi/v1.json</c> with a UI at <c>/api/docs</c>.</summary>
    public static void MapPiaoApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "api/docs";
            options.SwaggerEndpoint("/openapi/v1.json", "PiaoPerformance v1");
        });
        var api = app.MapGroup("/api/v1");
        api.AddEndpointFilter(NotFoundAsProblemAsync);
        api.MapAuthEndpoints();
        api.MapPlanEndpoints();
        api.MapPlanLifecycleEndpoints();
        api.MapWeightEndpoints();
        api.MapScoringEndpoints();
        api.MapCalendarEndpoints();
        api.MapAuditEndpoints();
        api.MapMeasurementEndpoints();
        api.MapSheetLifeEndpoints();
        api.MapSheetOpeningEndpoints();
        api.MapMoneyEndpoints();
        api.MapSheetPdfEndpoints();
        api.MapOpenDataEndpoints();
        api.MapReportPdfEndpoints();
        api.MapPlanSpreadsheetEndpoints();
    }

    /// <summary>
    /// An endpoint's bare <c>TypedResults.NotFound()</c> has no body, so the page status-code handler would answer the
    /// HTML "pagina non trovata": an API client gets a 404 problem JSON instead, the same for a missing id and for
    /// another ente's.
    /// </summary>
    private static async ValueTask<object?> NotFoundAsProblemAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        return inner is NotFound
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Non trovato", detail: "La risorsa richiesta non esiste o non è accessibile.")
            : result;
    }
}
