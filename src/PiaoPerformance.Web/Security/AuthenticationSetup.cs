using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using PiaoPerformance.Infrastructure.Access;

namespace PiaoPerformance.Web.Security;

internal static class AuthenticationSetup
{
    /// <summary>
    /// Cookie sign-in for pages and API alike; every endpoint requires a signed-in user unless it says otherwise.
    /// An API call never gets redirected to the HTML sign-in page: 401 or 403 problem JSON instead.
    /// </summary>
    public static void AddPiaoAuthentication(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(PiaoClaims.Scheme).AddCookie(PiaoClaims.Scheme, options =>
        {
            options.Cookie.Name = "piao.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/accedi";
            options.LogoutPath = "/esci";
            options.AccessDeniedPath = "/accesso-negato";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized, "Accesso richiesto: autenticarsi con POST /api/v1/auth/login.");
            options.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden, "Operazione non consentita al ruolo dell'utente.");
            options.Events.OnValidatePrincipal = ValidateStampAsync;
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(PiaoClaims.Scheme).RequireAuthenticatedUser().Build());
    }

    /// <summary>A cookie issued before a password change (or for a disabled account) no longer signs anyone in.</summary>
    private static async Task ValidateStampAsync(CookieValidatePrincipalContext context)
    {
        var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountService>();
        var principal = context.Principal ?? new ClaimsPrincipal();
        if (PiaoClaims.AccountOf(principal) is not { } id
            || !await accounts.IsSessionValidAsync(id, principal.FindFirstValue(PiaoClaims.SecurityStamp), context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(PiaoClaims.Scheme);
        }
    }

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> context, int status, string message)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = status;
        return TypedResults.Problem(statusCode: status, title: status == 401 ? "Non autenticato" : "Non autorizzato", detail: message)
            .ExecuteAsync(context.HttpContext);
    }
}
