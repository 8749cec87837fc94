using Microsoft.AspNetCore.Authentication;

namespace PiaoPerformance.Web.Security;

internal static class AccountEndpoints
{
    /// <summary>Sign-out is a POST with the antiforgery token (the form in the header), then back to the sign-in page.</summary>
    public static void MapAccountEndpoints(this WebApplication app) =>
        app.MapPost("/esci", async (HttpContext context) =>
        {
            await context.SignOutAsync(PiaoClaims.Scheme);
            return TypedResults.LocalRedirect("/accedi?uscito=1");
        });
}
