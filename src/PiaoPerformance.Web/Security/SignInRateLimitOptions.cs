namespace PiaoPerformance.Web.Security;

/// <summary>
/// How many sign-in attempts one client address may make in a window (<c>Piao:SignInRateLimit</c> in configuration).
/// The API login and the <c>/accedi</c> form share the budget.
/// </summary>
public sealed class SignInRateLimitOptions
{
    public const string Section = "Piao:SignInRateLimit";

    public int PermitLimit { get; set; } = 10;

    public int WindowSeconds { get; set; } = 60;
}
