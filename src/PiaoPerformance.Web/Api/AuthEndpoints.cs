using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Api;

public sealed record LoginRequest(string? Username, string? Password);

public sealed record SignedInResponse(string Username, string DisplayName, IReadOnlyList<string> Roles);

internal static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Accesso");
        auth.MapPost("/login", LoginAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn)
            .WithName("Login")
            .WithSummary("Accesso con nome utente e password: imposta lo stesso cookie della pagina di accesso.");
        auth.MapPost("/logout", async (HttpContext context) =>
            {
                await context.SignOutAsync(PiaoClaims.Scheme);
                return TypedResults.NoContent();
            })
            .WithName("Logout")
            .WithSummary("Termina la sessione.");
        auth.MapGet("/me", async (CurrentActor current, CancellationToken ct) =>
            {
                var actor = await current.GetAsync(ct);
                return TypedResults.Ok(new SignedInResponse(actor.Username, actor.DisplayName, actor.Roles.Select(r => r.ToString()).Order().ToList()));
            })
            .WithName("Me")
            .WithSummary("L'utente autenticato e i suoi ruoli.");
        return api;
    }

    private static async Task<Results<Ok<SignedInResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, AccountService accounts, ActorLoader actors, HttpContext context, CancellationToken ct)
    {
        var result = await accounts.SignInAsync(request.Username, request.Password, ct);
        if (!result.Succeeded || result.Account is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Accesso non riuscito", detail: result.Message);
        }

        var actor = await actors.LoadAsync(result.Account.Id, ct);
        var name = actor?.DisplayName ?? result.Account.Username;
        await context.SignInAsync(PiaoClaims.Scheme, PiaoClaims.For(result.Account, name));
        return TypedResults.Ok(new SignedInResponse(result.Account.Username, name, actor?.Roles.Select(r => r.ToString()).Order().ToList() ?? []));
    }
}
