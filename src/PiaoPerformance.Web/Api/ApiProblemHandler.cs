using System.Text.Json;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Web.Api;

/// <summary>
/// API errors are RFC 7807 problem details, never a 500 for bad input: a broken domain rule or an unreadable body
/// answers 400 with an <c>errors</c> map from the field path ("objectives[2].weight") to Italian messages.
/// </summary>
internal static class ApiProblemHandler
{
    /// <summary>Wraps the API endpoints: a bad request becomes problem details before the page error handler sees it.</summary>
    public static void UseApiProblemDetails(this WebApplication app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.Use(async (context, next) =>
        {
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
            catch (Exception ex) when (!context.Response.HasStarted && ErrorsOf(ex) is { } errors)
            {
                await WriteAsync(context, errors);
            }
        }));

    private static Dictionary<string, string[]>? ErrorsOf(Exception exception) =>
        exception switch
        {
            DomainException domain => new Dictionary<string, string[]> { [domain.Field ?? ""] = [domain.Message] },
            BadHttpRequestException { InnerException: JsonException json } => JsonErrors(json),
            BadHttpRequestException bad => BindingErrors(bad),
            _ => null,
        };

    private static async Task WriteAsync(HttpContext httpContext, Dictionary<string, string[]> errors)
    {
        // Written directly (not through IProblemDetailsService, whose writers depend on the Accept header):
        // an API client always gets the problem details.
        await TypedResults.ValidationProblem(
                errors,
                detail: string.Join(" ", errors.Values.SelectMany(v => v)),
                title: "Dati non validi")
            .ExecuteAsync(httpContext);
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
