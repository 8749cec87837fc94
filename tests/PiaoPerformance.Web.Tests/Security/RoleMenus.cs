using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Security;

/// <summary>
/// Each demo role signed in sees only its menus: the audit trail for the Segretario, the NIV and the Amministratore,
/// the ente's settings for the Amministratore alone, "Le mie unità" for whoever heads a unit and the Segretario; the header names the person and the roles that
/// <c>GET /api/v1/auth/me</c> lists. A hidden menu is not the barrier (the IDOR matrix and the services are): a role
/// without the audit trail that types its address is told no.
/// </summary>
public sealed class RoleMenus(PiaoAppFixture app) : BrowserTest(app)
{
    protected override string? SignedInAs => null;

    [Theory]
    [InlineData("admin", "Amministratore", true, true, false)]
    [InlineData("segretario", "Segretario", true, false, true)]
    [InlineData("niv", "Niv", true, false, false)]
    [InlineData("sindaco", "Sindaco", false, false, false)]
    [InlineData("giunta", "Giunta", false, false, false)]
    [InlineData("resp1", "Responsabile", false, false, true)]
    [InlineData("resp6", "Responsabile", false, false, true)]
    public async Task EachRoleSeesOnlyItsMenus(string username, string role, bool auditTrail, bool settings, bool myUnits)
    {
        var me = await (await App.Accounts.ClientAsync(username)).GetJsonAsync("api/v1/auth/me");
        await App.Accounts.SignInAsync(Browser, username);
        var layout = new MainLayoutPage(Browser);

        await layout.GotoAsync("");

        ((string?)me["username"]).ShouldBe(username);
        me["roles"]!.AsArray().Select(r => (string?)r).ShouldBe([role]);
        await Expect(layout.SignedInAs).ToHaveTextAsync($"{(string?)me["displayName"]} · {(role == "Niv" ? "NIV" : role)}");
        await Expect(layout.NavAudit).ToHaveCountAsync(auditTrail ? 1 : 0);
        await Expect(layout.NavSettings).ToHaveCountAsync(settings ? 1 : 0);
        await Expect(layout.NavMyUnits).ToHaveCountAsync(myUnits ? 1 : 0);
        await Expect(layout.NavPassword).ToBeVisibleAsync();
        await Expect(layout.SignOutButton).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ARoleWithoutTheAuditTrailThatTypesItsAddressIsToldNo()
    {
        await App.Accounts.SignInAsync(Browser, "giunta");
        var layout = new MainLayoutPage(Browser);

        await layout.GotoAsync("registro");

        await Expect(layout.AccessDenied).ToHaveTextAsync("Il registro delle modifiche è consultabile solo dal Segretario, dal NIV e dall'Amministratore.");
        await Expect(layout.Page.GetByTestId("audit-filters")).ToHaveCountAsync(0);
    }
}
