using System.Text.RegularExpressions;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Components.Settings;

/// <summary>
/// Leaving the set-up page with a form changed and not saved asks first (the browser's confirm, seen as a Playwright
/// dialog); after a save or a cancel it does not. Only adds a DUP code no other test uses.
/// </summary>
public sealed class UnsavedSettingsWarning(PiaoAppFixture app) : BrowserTest(app)
{
    protected override string? SignedInAs => "admin";

    [Fact]
    public async Task AChangedFormAsksBeforeLeavingKeepsWhatWasTypedAndStopsAskingOnceSaved()
    {
        var dialogs = new List<string>();
        var page = await OpenAsync(dialogs);
        var code = $"U{Guid.NewGuid():N}"[..10];

        await page.DupCodeInput.FillAsync(code);
        await page.DupCodeInput.PressAsync("Tab");
        await page.NavPlans.ClickAsync();

        await UntilAsync(() => dialogs.Count > 0);
        dialogs.Count.ShouldBe(1);
        dialogs[0].ShouldBe("Ci sono modifiche non salvate: se esci dalla pagina andranno perse. Uscire comunque?");
        await Expect(page.Page).ToHaveURLAsync(new Regex("/impostazioni$"));
        await Expect(page.DupCodeInput).ToHaveValueAsync(code);

        await page.TocLink("persone").ClickAsync();
        await Expect(page.Page).ToHaveURLAsync(new Regex("/impostazioni#persone$"));

        await page.DupDescriptionInput.FillAsync("Codice del test sulle modifiche non salvate");
        await page.DupAdd.ClickAsync();
        await Expect(page.DupSaved).ToHaveTextAsync("Modifiche salvate.");
        await page.NavPlans.ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(new Regex("/piani$"));
        dialogs.Count.ShouldBe(1, "neither the link to a section nor leaving after the save asked");
    }

    [Fact]
    public async Task ACancelledFormLeavesWithoutAsking()
    {
        var dialogs = new List<string>();
        var page = await OpenAsync(dialogs);

        await page.EditFirstPerson.ClickAsync();
        await Expect(page.PersonCancel).ToBeVisibleAsync();
        await page.PersonGivenName.FillAsync("Nome mai salvato");
        await page.PersonGivenName.PressAsync("Tab");
        await page.PersonCancel.ClickAsync();
        await Expect(page.PersonGivenName).ToHaveValueAsync("");
        await Expect(page.PersonCancel).ToHaveCountAsync(0);
        await page.NavPlans.ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(new Regex("/piani$"));
        dialogs.ShouldBeEmpty();
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition() && waited < 10_000; waited += 100)
        {
            await Task.Delay(100);
        }
    }

    /// <summary>The page, interactive (an empty DUP code is refused under the field), with every dialog dismissed and recorded.</summary>
    private async Task<SettingsPage> OpenAsync(List<string> dialogs)
    {
        var page = new SettingsPage(Browser);
        page.Page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await page.GotoAsync();
        await page.DupAdd.ClickAsync();
        await Expect(page.DupCodeMessage).ToHaveTextAsync("Campo obbligatorio.");
        return page;
    }
}
