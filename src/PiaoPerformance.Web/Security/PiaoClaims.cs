using System.Security.Claims;
using PiaoPerformance.Domain.Access;

namespace PiaoPerformance.Web.Security;

/// <summary>What the sign-in cookie carries: the account, its ente and its security stamp; roles are worked out per request.</summary>
public static class PiaoClaims
{
    public const string Scheme = "PiaoCookie";
    public const string AccountId = ClaimTypes.NameIdentifier;
    public const string MunicipalityId = "piao:ente";
    public const string SecurityStamp = "piao:stamp";

    public static ClaimsPrincipal For(UserAccount account, string displayName) => new(new ClaimsIdentity(
    [
        new Claim(AccountId, account.Id.ToString()),
        new Claim(ClaimTypes.Name, account.Username),
        new Claim(ClaimTypes.GivenName, displayName),
        new Claim(MunicipalityId, account.MunicipalityId.ToString()),
        new Claim(SecurityStamp, account.SecurityStamp),
    ], Scheme));

    public static Guid? AccountOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(AccountId), out var id) ? id : null;
}
