namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// An API client signed in as the demo NIV member, the suite's default reader: the session <see cref="Accounts"/>
/// keeps for <see cref="DemoUser"/> (one sign-in for the whole suite).
/// </summary>
public static class ApiSession
{
    /// <summary>The demo account and its documented password (scripts/demo-accounts.txt).</summary>
    public const string DemoUser = "niv";
    public const string DemoPassword = Accounts.DemoPassword;

    public static Task<HttpClient> SignedInAsync(this PiaoAppFixture app) => app.Accounts.ClientAsync(DemoUser);
}
