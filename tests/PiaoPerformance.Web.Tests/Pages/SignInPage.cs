using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>The sign-in page (<c>/accedi</c>): a static form posted to the server, no circuit.</summary>
public sealed class SignInPage(BrowserPage browser)
{
    public const string Path = "accedi";

    public IPage Page => browser.Page;

    public ILocator Heading => Page.Locator("main h1");

    public ILocator Username => Page.Locator("#username");

    public ILocator Password => Page.Locator("#password");

    public ILocator UsernameLabel => Page.Locator("label[for='username']");

    public ILocator PasswordLabel => Page.Locator("label[for='password']");

    public ILocator SubmitButton => Page.GetByTestId("signin-submit");

    public ILocator Error => Page.GetByTestId("signin-error");

    /// <summary>The note shown after signing out (<c>/accedi?uscito=1</c>).</summary>
    public ILocator SignedOutNote => Page.Locator("main [role='status']");

    /// <summary>Opens the sign-in page, with the address to go back to when given.</summary>
    public async Task GotoAsync(string? returnUrl = null)
    {
        await Page.GotoAsync(returnUrl is null ? Path : $"{Path}?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await Expect(SubmitButton).ToBeVisibleAsync();
    }

    /// <summary>
    /// Fills the form and sends it. The answer (this page with an error, or the page asked for) is whatever the server
    /// chose: read it with retrying <c>Expect</c> assertions, which wait for the navigation.
    /// </summary>
    public async Task SignInAsync(string username, string password)
    {
        await Username.FillAsync(username);
        await Password.FillAsync(password);
        await SubmitButton.ClickAsync();
    }
}
