using System.Threading.RateLimiting;

namespace PiaoPerformance.Web.Security;

internal static class RateLimits
{
    public const string SignIn = "sign-in";

    /// <summary>Sign-in attempts: 10 a minute per client address, on top of the account lockout.</summary>
    public static void AddPiaoRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "?",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
}
