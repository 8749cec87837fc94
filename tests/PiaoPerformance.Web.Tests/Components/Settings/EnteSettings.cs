using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Components.Settings;

/// <summary>
/// The set-up page in Chromium. Only adds a new lookup value (a DUP code no other test uses), so the demo plan,
/// its units and accounts stay as the other tests expect them.
/// </summary>
public sealed class EnteSettings(PiaoAppFixture app) : BrowserTest(app)
{
    protected override string? SignedInAs => "admin";

    [Fact]
    public async Task TheAdminAddsADupCodeAndSeesItWithoutAReload()
    {
        var page = new SettingsPage(Browser);
        await page.GotoAsync();
        await page.MarkDocumentAsync();
        var code = $"T{Guid.NewGuid():N}"[..10];

        await page.DupAdd.ClickAsync();
        await Expect(page.DupCodeMessage).ToHaveTextAsync("Campo obbligatorio.");

        await page.AddDupCodeAsync(code, "Codice aggiunto dal test");

        await Expect(page.DupSaved).ToHaveTextAsync("Modifiche salvate.");
        await Expect(page.DupCodes).ToContainTextAsync(code);
        await Expect(page.DupCodes).ToContainTextAsync("Codice aggiunto dal test");
        await Expect(page.DupCodeInput).ToHaveValueAsync("");
        (await page.DocumentIsMarkedAsync()).ShouldBeTrue("the page updated in place");
    }

    [Fact]
    public async Task SharesThatDoNotTotalAHundredAreShownNextToTheRoleAndNothingIsSaved()
    {
        var page = new SettingsPage(Browser);
        await page.GotoAsync();

        await page.Share("Dipendente", 'A').FillAsync("25");
        await page.Share("Dipendente", 'B').FillAsync("25");
        await page.Share("Dipendente", 'C').FillAsync("40");
        await page.EvaluationSave.ClickAsync();

        await Expect(page.SharesMessages).ToHaveTextAsync("Le quote A, B e C devono sommare a 100 (totale indicato: 90).");
        await Expect(page.EvaluationSaved).ToHaveCountAsync(0);
        await page.GotoAsync();
        await Expect(page.Share("Dipendente", 'C')).ToHaveValueAsync("50", new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task ANonAdminReadsTheAccessDeniedMessage()
    {
        await App.Accounts.SignInAsync(Browser, "resp1");
        var page = new SettingsPage(Browser);
        await page.GotoAsync();

        await Expect(page.AccessDenied).ToContainTextAsync("riservate all'Amministratore");
        await Expect(page.Lookups).ToHaveCountAsync(0);
    }
}
