using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>
/// What every signed-in screen shares (MainLayout): the header with the user and the sign-out button, the menu, and
/// the main area with the page's heading, whatever the page. Pages render only once the circuit connects (no
/// prerendering): <see cref="GotoAsync"/> waits until the page has a heading and nothing is loading any more.
/// </summary>
public sealed partial class MainLayoutPage(BrowserPage browser)
{
    public IPage Page => browser.Page;

    public ILocator SignedInAs => Page.GetByTestId("signed-in-as");

    public ILocator SignOutButton => Page.GetByTestId("sign-out");

    public ILocator NavAudit => Page.GetByTestId("nav-audit");

    public ILocator NavSettings => Page.GetByTestId("nav-settings");

    public ILocator NavMyUnits => Page.GetByTestId("nav-my-units");

    public ILocator NavPassword => Page.GetByTestId("nav-password");

    public ILocator Main => Page.Locator("main");

    public ILocator Heading => Main.Locator("h1");

    /// <summary>Error messages in the page (Notice with kind Error, and Bootstrap alerts announced at once).</summary>
    public ILocator Errors => Main.Locator("[role='alert']");

    public ILocator AccessDenied => Main.GetByTestId("access-denied");

    private ILocator Loading => Main.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = LoadingText() });

    /// <summary>Opens <paramref name="url"/> and waits until the page is shown: a heading, nothing loading.</summary>
    public async Task GotoAsync(string url)
    {
        await Page.GotoAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await WaitUntilShownAsync();
    }

    public async Task WaitUntilShownAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        await Expect(Loading).ToHaveCountAsync(0);
    }

    /// <summary>
    /// How a page says what was asked for is not there: its heading ("Piano non trovato", "Versione non trovata"...)
    /// or an error message (the audit trail's "Nessuna modifica registrata per questo oggetto nell'ente.").
    /// </summary>
    public ILocator NotFoundSigns => Heading.Filter(new() { HasTextRegex = NotFoundText() }).Or(Errors);

    /// <summary>The main area's text, for failure messages.</summary>
    public Task<string> MainTextAsync() => Main.InnerTextAsync();

    [GeneratedRegex("non trovat[oa]", RegexOptions.IgnoreCase)]
    private static partial Regex NotFoundText();

    [GeneratedRegex("^Caricamento")]
    private static partial Regex LoadingText();
}
