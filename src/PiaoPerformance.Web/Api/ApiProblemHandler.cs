using System.Text.Json;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Lifecycle;

namespace PiaoPerformance.Web.Api;

/// <summary>
/// API errors are RFC 7807 problem details, never a 500 for bad input: a broken domain rule or an unreadable body
/// answers 400 with an <c>errors</c> map from the field path ("objectives[2].weight") to Italian messages; a request
/// no API route takes (unknown path, wrong method, a body that is not JSON) answers 404, 405 or 415 the same way.
/// </summary>
internal static class ApiProblemHandler
{
    /// <summary>Wraps the API endpoints: a bad request becomes problem details before the page error handler sees it.</summary>
    public static void UseApiProblemDetails(this WebApplication app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.Use(async (context, next) =>
        {
            if (RoutingRejection(context) is { } rejection)
            {
                // Routing found no API route for the request: answered here, as problem details, before the page
                // status-code handler turns the empty 404/405/415 into an HTML page.
                await WriteAsync(context, rejection.Errors, rejection.Status);
                return;
            }

            try
            {
                await next(context);
            }
            catch (UnauthorizedAccessException ex) when (!context.Response.HasStarted)
            {
                await TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Non autenticato", detail: ex.Message).ExecuteAsync(context);
            }
            catch (AccessDeniedException ex) when (!context.Response.HasStarted)
            {
                await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Non autorizzato", detail: ex.Message).ExecuteAsync(context);
            }
            catch (NotFoundException ex) when (!context.Response.HasStarted)
            {
                await TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Non trovato", detail: ex.Message).ExecuteAsync(context);
            }
            catch (ConcurrencyConflictException ex) when (!context.Response.HasStarted)
            {
                await TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Modificato da un altro utente", detail: ex.Message).ExecuteAsync(context);
            }
            catch (Exception ex) when (!context.Response.HasStarted && ErrorsOf(ex) is { } errors)
            {
                await WriteAsync(context, errors);
            }
        }));

    private static Dictionary<string, string[]>? ErrorsOf(Exception exception) =>
        exception switch
        {
            DomainException domain => new Dictionary<string, string[]> { [domain.Field ?? ""] = [domain.Message] },
            ApprovalRefusedException refused => new Dictionary<string, string[]> { ["problems"] = refused.Problems.Select(p => p.Message).ToArray() },
            BadHttpRequestException { InnerException: JsonException json } => JsonErrors(json),
            BadHttpRequestException bad => BindingErrors(bad),
            _ => null,
        };

    private static async Task WriteAsync(HttpContext httpContext, Dictionary<string, string[]> errors, int status = StatusCodes.Status400BadRequest)
    {
        // Written directly (not through IProblemDetailsService, whose writers depend on the Accept header):
        // an API client always gets the problem details.
        await TypedResults.Problem(new HttpValidationProblemDetails(errors)
            {
                Status = status,
                Title = "Dati non validi",
                Detail = string.Join(" ", errors.Values.SelectMany(v => v)),
            })
            .ExecuteAsync(httpContext);
    }

    /// <summary>
    /// Why no API route takes the request: no endpoint at all under <c>/api/v1</c> (404), or one of routing's rejection
    /// endpoints instead of a <see cref="RouteEndpoint"/> (415 for the content type, 405 for the method); null when a
    /// route takes it (or the path is not the API's, such as the Swagger UI under <c>/api/docs</c>).
    /// </summary>
    private static (int Status, Dictionary<string, string[]> Errors)? RoutingRejection(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null && context.Request.Path.StartsWithSegments("/api/v1"))
        {
            return (StatusCodes.Status404NotFound, new()
            {
                [""] = [$"Nessuna risorsa {context.Request.Method} {context.Request.Path} nell'API (vedere /openapi/v1.json)."],
            });
        }

        if (endpoint is null or RouteEndpoint)
        {
            return null;
        }

        var request = context.Request;
        var sendsBody = HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method);
        if (sendsBody && !request.HasJsonContentType() && endpoint.DisplayName?.StartsWith("415", StringComparison.Ordinal) == true)
        {
            return (StatusCodes.Status415UnsupportedMediaType, new()
            {
                [""] = [$"Il corpo della richiesta deve essere JSON (Content-Type: application/json; indicato: {request.ContentType ?? "nessuno"})."],
            });
        }

        return endpoint.DisplayName?.StartsWith("405", StringComparison.Ordinal) == true
            ? (StatusCodes.Status405MethodNotAllowed, new() { [""] = [$"Metodo {request.Method} non ammesso per {request.Path}."] })
            : null;
    }

    /// <summary>"$.objectives[2].weight" → "objectives[2].weight", with a message that names it.</summary>
    private static Dictionary<string, string[]> JsonErrors(JsonException json)
    {
        var path = (json.Path ?? "$").TrimStart('$').TrimStart('.');
        var field = path.Length == 0 ? "" : path;
        var message = field.Length == 0
            ? "Il corpo della richiesta non è un JSON valido."
            : $"{field}: valore non valido o di tipo errato.";
        return new Dictionary<string, string[]> { [field] = [message] };
    }

    /// <summary>'Failed to bind parameter "DateOnly? from" from "x".' → errors["from"].</summary>
    private static Dictionary<string, string[]> BindingErrors(BadHttpRequestException bad)
    {
        var match = System.Text.RegularExpressions.Regex.Match(bad.Message, "parameter \"(?:[^\"]* )?(\\w+)\"");
        if (match.Success && !bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            var field = match.Groups[1].Value;
            return new Dictionary<string, string[]> { [field] = [$"{field}: valore mancante o non valido."] };
        }

        return new Dictionary<string, string[]> { [""] = ["Il corpo della richiesta manca o non è un JSON valido."] };
    }
}
