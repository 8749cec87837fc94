using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Money;

/// <summary>
/// The S2 money-share model and the fund form's concurrency in Chromium, in a comune of its own
/// (<see cref="MoneyShareEnte"/>): the Amministratore reads and switches the weight model with its explanation; two
/// Segretario pages save the same fund and the second is refused with the Italian message, what it typed kept; the
/// fund page lists each person's shares and pay.
/// </summary>
public sealed class MoneyShareInBrowser(PiaoAppFixture app) : BrowserTest(app)
{
    protected override string? SignedInAs => null;

    [Fact]
    public async Task TheAdminSeesTheMoneyShareSettingWithItsExplanationAndSwitchesItBack()
    {
        var ente = await MoneyShareEnte.CreateAsync(App.Services);
        await App.Accounts.SignInAsync(Browser, ente.Admin, MoneyShareEnte.Password);
        var page = new SettingsPage(Browser);
        await page.GotoAsync();

        await Expect(page.WeightModel).ToHaveValueAsync("MoneyShare");
        await Expect(page.WeightModelHelp).ToContainTextAsync("la quota della somma CCDI destinata alla performance organizzativa");
        await Expect(page.SegretarioShare).ToHaveValueAsync("10");

        await page.WeightModel.SelectOptionAsync("Score");
        await page.SegretarioShare.FillAsync("20");
        await page.EvaluationSave.ClickAsync();
        await Expect(page.EvaluationSaved).ToBeVisibleAsync();
        await page.GotoAsync();

        await Expect(page.WeightModel).ToHaveValueAsync("Score", new() { Timeout = 10_000 });
        await Expect(page.SegretarioShare).ToHaveValueAsync("20");
    }

    [Fact]
    public async Task ASecondPageSavingTheSameFundIsRefusedAndKeepsWhatWasTyped()
    {
        var ente = await MoneyShareEnte.CreateAsync(App.Services);
        await App.Accounts.SignInAsync(Browser, ente.Segretario, MoneyShareEnte.Password);
        await using var second = await App.NewPageAsync();
        await App.Accounts.SignInAsync(second, ente.Segretario, MoneyShareEnte.Password);
        var (one, two) = (new MoneyPages(Browser), new MoneyPages(second));
        await one.GotoFundAsync(ente.PlanId, 2024);
        await two.GotoFundAsync(ente.PlanId, 2024);

        await one.FundAmount.FillAsync("10000");
        await one.FundSave.ClickAsync();
        await Expect(one.FundSaved).ToBeVisibleAsync();
        await two.FundAmount.FillAsync("25000");
        await two.FundOrganisationalSum.FillAsync("4000");
        await two.FundSave.ClickAsync();

        await Expect(two.FundError).ToHaveTextAsync("Fondo modificato da un altro utente nel frattempo: ricarica la pagina e riapplica le tue modifiche.");
        await Expect(two.FundAmount).ToHaveValueAsync("25000");
        await Expect(two.FundOrganisationalSum).ToHaveValueAsync("4000");
        await Expect(two.FundSaved).ToHaveCountAsync(0);
        await one.GotoFundAsync(ente.PlanId, 2024);
        await Expect(one.FundAmount).ToHaveValueAsync("10000.00");
    }

    [Fact]
    public async Task TheFundPageListsEachPersonsSharesAndPayInTheMoneyShareModel()
    {
        var ente = await MoneyShareEnte.CreateAsync(App.Services);
        await App.Accounts.SignInAsync(Browser, ente.Niv, MoneyShareEnte.Password);
        var page = new MoneyPages(Browser);
        await page.GotoFundAsync(ente.PlanId, 2024);

        await Expect(page.FundShares).ToContainTextAsync("un obiettivo comune a più persone è diviso in parti uguali tra le persone coinvolte");
        await Expect(page.FundShares).ToContainTextAsync("Ing. Dario Quotaltese");
        await Expect(page.FundShares).ToContainTextAsync("I.1: 30 % × 100 %");
        await Expect(page.FundShares).ToContainTextAsync("tempi di pagamento");
        await Expect(page.FundSharePays).ToHaveTextAsync("€ 1.920,00");
    }
}
