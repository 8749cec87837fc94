using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Infrastructure.Access;

namespace PiaoPerformance.Web.Security;

/// <summary>
/// The <see cref="Actor"/> of the current request or circuit, loaded once per scope. API calls and static pages read
/// the cookie's principal from the HTTP context; interactive components from the circuit's authentication state.
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor http, IServiceProvider services, ActorLoader loader)
{
    private Actor? _actor;
    private bool _loaded;

    /// <summary>The signed-in actor, or null for an anonymous caller.</summary>
    public async Task<Actor?> FindAsync(CancellationToken ct = default)
    {
        if (_loaded)
        {
            return _actor;
        }

        var user = await PrincipalAsync();
        _actor = PiaoClaims.AccountOf(user) is { } accountId ? await loader.LoadAsync(accountId, ct) : null;
        _loaded = true;
        return _actor;
    }

    /// <summary>The signed-in actor; an anonymous caller gets <see cref="UnauthorizedAccessException"/> (401).</summary>
    public async Task<Actor> GetAsync(CancellationToken ct = default) =>
        await FindAsync(ct) ?? throw new UnauthorizedAccessException("Accesso richiesto.");

    private async Task<ClaimsPrincipal> PrincipalAsync()
    {
        if (http.HttpContext is { } context)
        {
            return context.User;
        }

        var provider = services.GetService<AuthenticationStateProvider>();
        return provider is null ? new ClaimsPrincipal() : (await provider.GetAuthenticationStateAsync()).User;
    }
}
