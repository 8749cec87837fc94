using System.Text.RegularExpressions;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Security;

/// <summary>
/// The sign-in page in Chromium, as a person uses it: Italian, a wrong password says so next to the form and signs no
/// one in, the right one goes back to the page asked for (a local address only), and signing out ends the session.
/// The only tests that sign in through the page: the others take a session's cookie (<see cref="Accounts"/>).
/// </summary>
public sealed partial class SignIn(PiaoAppFixture app) : BrowserTest(app)
{
    protected override string? SignedInAs => null;

    [Fact]
    public async Task ThePageSpeaksItalian()
    {
        var page = new SignInPage(Browser);

        await page.GotoAsync();

        await Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", "it");
        await Expect(page.Page).ToHaveTitleAsync("Accedi · PiaoPerformance");
        await Expect(page.Heading).ToHaveTextAsync("Accedi");
        await Expect(page.UsernameLabel).ToHaveTextAsync("Nome utente");
        await Expect(page.PasswordLabel).ToHaveTextAsync("Password");
        await Expect(page.SubmitButton).ToHaveTextAsync("Accedi");
        await Expect(page.Password).ToHaveAttributeAsync("type", "password");
    }

    [Fact]
    public async Task AWrongPasswordShowsTheItalianErrorNextToTheFormAndSignsNobodyIn()
    {
        var page = new SignInPage(Browser);
        await page.GotoAsync("/registro");

        await page.SignInAsync("resp3", "PasswordSbagliata1!");

        await Expect(page.Error).ToHaveTextAsync("Nome utente o password non corretti.");
        await Expect(page.Page).ToHaveURLAsync(SignInUrl());
        await Expect(page.Username).ToHaveValueAsync("resp3");
        (await Browser.Page.Context.CookiesAsync()).ShouldNotContain(c => c.Name == Accounts.CookieName);
        await Browser.Page.GotoAsync("registro");
        await Expect(Browser.Page).ToHaveURLAsync(SignInUrl());
    }

    [Fact]
    public async Task TheRightPasswordLandsOnThePageAskedFor()
    {
        var objective = await (await App.SignedInAsync()).ObjectiveIdAsync("I", 1);
        var card = new ObjectiveCardPage(Browser);

        await Browser.Page.GotoAsync($"obiettivi/{objective}");
        await Expect(Browser.Page).ToHaveURLAsync(SignInUrl());
        await new SignInPage(Browser).SignInAsync("segretario", Accounts.DemoPassword);

        await Expect(Browser.Page).ToHaveURLAsync(new Regex($"/obiettivi/{objective}$"));
        await card.WaitUntilShownAsync();
        await Expect(card.Title).ToHaveTextAsync(DemoPlan.Unit("I").ObjectiveTitles[0]);
        await Expect(new MainLayoutPage(Browser).SignedInAs).ToHaveTextAsync("Dott. Luca Valentini · Segretario");
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example/piani")]
    public async Task AReturnAddressOfAnotherSiteLandsOnTheHomePage(string returnUrl)
    {
        var page = new SignInPage(Browser);
        await page.GotoAsync(returnUrl);

        await page.SignInAsync("sindaco", Accounts.DemoPassword);

        await Expect(Browser.Page).ToHaveURLAsync(App.BaseAddress.ToString());
        await new MainLayoutPage(Browser).WaitUntilShownAsync();
        await Expect(new MainLayoutPage(Browser).Heading).ToHaveTextAsync("La mia scrivania");
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var planId = await (await App.SignedInAsync()).DemoPlanIdAsync();
        await App.Accounts.SignInAsync(Browser, "giunta");
        var layout = new MainLayoutPage(Browser);
        await layout.GotoAsync("");
        await Expect(layout.SignedInAs).ToContainTextAsync("Giunta");

        await layout.SignOutButton.ClickAsync();

        await Expect(Browser.Page).ToHaveURLAsync(new Regex("/accedi\\?uscito=1$"));
        await Expect(new SignInPage(Browser).SignedOutNote).ToHaveTextAsync("Sei uscito da PiaoPerformance.");
        (await Browser.Page.Context.CookiesAsync()).ShouldNotContain(c => c.Name == Accounts.CookieName);
        await Browser.Page.GotoAsync($"piani/{planId}");
        await Expect(Browser.Page).ToHaveURLAsync(new Regex($"/accedi\\?ReturnUrl=%2Fpiani%2F{planId}$"));
    }

    [GeneratedRegex("/accedi(\\?|$)")]
    private static partial Regex SignInUrl();
}
