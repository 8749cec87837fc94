using System.Globalization;
using System.Net.Http.Json;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Components.Plans;

/// <summary>
/// The lifecycle panel in Chromium, signed in with the demo accounts: each action updates the screen without a
/// reload, and each test leaves the shared demo plan in Bozza as it found it.
/// </summary>
public sealed class LifecyclePanel(PiaoAppFixture app) : BrowserTest(app)
{
    private static readonly string Yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task AResponsabileSendsTheirUnitAndSeesItSentWithoutAReload()
    {
        var segretario = await App.Accounts.ClientAsync("segretario");
        var planId = await segretario.DemoPlanIdAsync();
        await App.Accounts.SignInAsync(Browser, "resp1");
        var page = new LifecyclePanelPage(Browser);
        await page.GotoAsync(planId);
        await page.MarkDocumentAsync();

        await Expect(page.SubmitButton("II")).ToHaveCountAsync(0);
        await page.SubmitButton("I").ClickAsync();

        try
        {
            await Expect(page.UnitState("I")).ToHaveTextAsync("Inviata");
            await Expect(page.Notice).ToContainTextAsync("inviate per l'approvazione");
            await Expect(page.SubmitButton("I")).ToHaveCountAsync(0);
            (await page.DocumentIsMarkedAsync()).ShouldBeTrue("the panel updated in place");
        }
        finally
        {
            var unit = await UnitIdAsync(segretario, "I");
            using var back = await segretario.PostAsJsonAsync($"api/v1/plans/{planId}/units/{unit}/return", new { reason = "Ripristino dopo il test" });
        }
    }

    [Fact]
    public async Task TheSegretarioApprovesRecordsAVariazioneAndReadsTheApprovedVersion()
    {
        var planId = await (await App.Accounts.ClientAsync("segretario")).DemoPlanIdAsync();
        await App.Accounts.SignInAsync(Browser, "segretario");
        var page = new LifecyclePanelPage(Browser);
        await page.GotoAsync(planId);
        await Expect(page.ApproveForm.GetByTestId("approval-ready")).ToBeVisibleAsync();
        await page.MarkDocumentAsync();

        await page.ApproveAsync();
        await Expect(page.ApproveForm.Locator(".validation-message")).ToHaveTextAsync(["Campo obbligatorio.", "Campo obbligatorio."]);
        await Expect(page.State).ToHaveTextAsync("Bozza");

        await page.FillApprovalAsync("12", Yesterday);
        await page.ApproveAsync();
        await Expect(page.State).ToHaveTextAsync("Approvato");
        await Expect(page.HeadingState).ToHaveTextAsync("Approvato");
        var approvedVersion = int.Parse(await page.Version.InnerTextAsync(), CultureInfo.InvariantCulture);

        await page.RecordVariationAsync("Nuovo finanziamento regionale", "88", Yesterday);
        await Expect(page.State).ToHaveTextAsync("Bozza");
        await Expect(page.Version).ToHaveTextAsync((approvedVersion + 1).ToString(CultureInfo.InvariantCulture));
        (await page.DocumentIsMarkedAsync()).ShouldBeTrue("every step updated the page in place");

        await page.Versions.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = $"Versione {approvedVersion}", Exact = true }).ClickAsync();
        await Expect(page.ReadOnlyNotice).ToBeVisibleAsync();
        await Expect(Browser.Page.GetByTestId("version-approval")).ToContainTextAsync("deliberazione di Giunta n. 12");
    }

    private static async Task<Guid> UnitIdAsync(HttpClient http, string code)
    {
        var plan = await http.DemoPlanAsync();
        return Guid.Parse((string)plan["units"]!.AsArray().Single(u => (string?)u!["code"] == code)!["id"]!);
    }
}
