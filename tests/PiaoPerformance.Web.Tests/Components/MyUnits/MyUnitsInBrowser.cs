using System.Net.Http.Json;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Components.MyUnits;

/// <summary>
/// "Le mie unità" in Chromium: resp1 finds exactly the units the demo plan names them head of, with their cards, and
/// sends one for approval without a reload; the Segretario sees every unit. Settore I is sent back at the end.
/// </summary>
public sealed class MyUnitsInBrowser(PiaoAppFixture app) : BrowserTest(app)
{
    protected override string? SignedInAs => "resp1";

    [Fact]
    public async Task Resp1SeesOnlyTheUnitsTheyHeadAndSendsSettoreIWithoutAReload()
    {
        var segretario = await App.Accounts.ClientAsync("segretario");
        var plan = await segretario.DemoPlanAsync();
        var me = (string)(await (await App.Accounts.ClientAsync("resp1")).GetJsonAsync("api/v1/auth/me"))["displayName"]!;
        var theirs = plan["units"]!.AsArray()
            .Where(u => u!["managers"]!.AsArray().Any(m => (string?)m!["name"] == me))
            .Select(u => (string)u!["code"]!).ToList();
        theirs.ShouldContain("I");
        var page = new MyUnitsPage(Browser);
        await page.GotoAsync();

        await Expect(page.Units).ToHaveCountAsync(theirs.Count);
        foreach (var code in theirs)
        {
            await Expect(page.Unit(code)).ToBeVisibleAsync();
        }

        await Expect(page.Count("I")).ToHaveTextAsync($"· {DemoPlan.Unit("I").ObjectiveTitles.Count} obiettivi");
        await Expect(page.Cards("I")).ToHaveCountAsync(DemoPlan.Unit("I").ObjectiveTitles.Count);
        await Expect(page.Cards("I").First).ToHaveTextAsync(DemoPlan.Unit("I").ObjectiveTitles[0]);
        await Expect(page.Weights("I").GetByTestId("weight-total")).ToHaveTextAsync("Totale pesi 100 %");
        await Expect(page.NewObjective("I")).ToHaveAttributeAsync("href", $"/piani/{plan["id"]}/unita/{UnitId(plan, "I")}/nuovo-obiettivo");
        await Expect(page.State("I")).Not.ToHaveTextAsync("Inviata");
        await page.MarkDocumentAsync();

        try
        {
            await page.SubmitAsync("I");

            await Expect(page.State("I")).ToHaveTextAsync("Inviata");
            await Expect(page.Done).ToHaveTextAsync("Le schede dell'unità sono state inviate per l'approvazione.");
            await Expect(page.NewObjective("I")).ToHaveCountAsync(0);
            (await page.DocumentIsMarkedAsync()).ShouldBeTrue("the state changed in place");
        }
        finally
        {
            using var back = await segretario.PostAsJsonAsync($"api/v1/plans/{plan["id"]}/units/{UnitId(plan, "I")}/return",
                new { reason = "Ripristino dopo il test" });
        }
    }

    [Fact]
    public async Task TheSegretarioSeesEveryUnitOfThePlan()
    {
        var plan = await (await App.Accounts.ClientAsync("segretario")).DemoPlanAsync();
        await App.Accounts.SignInAsync(Browser, "segretario");
        var page = new MyUnitsPage(Browser);

        await page.GotoAsync();

        await Expect(page.Units).ToHaveCountAsync(plan["units"]!.AsArray().Count);
    }

    private static string UnitId(System.Text.Json.Nodes.JsonNode plan, string code) =>
        (string)plan["units"]!.AsArray().Single(u => (string?)u!["code"] == code)!["id"]!;
}
