using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Money;

/// <summary>
/// The money pages in Chromium: the premi data equal the API's and offer both CSVs, the differentiation check per
/// evaluator for the NIV, a what-if that changes D, band and pay live and refuses 120 % under its field, and who may not read.
/// </summary>
public sealed class MoneyPagesInBrowser(PiaoAppFixture app) : BrowserTest(app)
{
    private static readonly CultureInfo It = CultureInfo.GetCultureInfo("it-IT");

    [Fact]
    public async Task TheSegretarioReadsThePremiDataAsTheApiComputesThem()
    {
        await App.Accounts.SignInAsync(Browser, "segretario");
        var segretario = await App.Accounts.ClientAsync("segretario");
        var planId = await segretario.DemoPlanIdAsync();
        var report = await segretario.GetJsonAsync($"api/v1/plans/{planId}/premi?year=2024");
        var pages = new MoneyPages(Browser);

        await pages.GotoPremiAsync(planId, 2024);

        await Expect(pages.PremiRows).ToHaveCountAsync(report["summary"]!["rows"]!.AsArray().Count);
        await Expect(pages.PremiMoney).ToHaveTextAsync($"€ {report["summary"].Number("money").ToString("#,0.00", It)}");
        await Expect(pages.PremiPeople).ToHaveTextAsync(((int)report["summary"]!["people"]!).ToString(It));
        (await pages.CsvIt.GetAttributeAsync("href")).ShouldBe($"/api/v1/plans/{planId}/premi.csv?year=2024&dialect=it");
        (await pages.CsvRfc.GetAttributeAsync("href")).ShouldBe($"/api/v1/plans/{planId}/premi.csv?year=2024&dialect=rfc4180");
    }

    [Fact]
    public async Task TheCsvButtonDownloadsTheItalianFile()
    {
        await App.Accounts.SignInAsync(Browser, "segretario");
        var planId = await (await App.Accounts.ClientAsync("segretario")).DemoPlanIdAsync();
        var pages = new MoneyPages(Browser);
        await pages.GotoPremiAsync(planId, 2024);

        var download = await Browser.Page.RunAndWaitForDownloadAsync(() => pages.CsvIt.ClickAsync());

        download.SuggestedFilename.ShouldBe("premi-2024-it.csv");
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
    }

    [Fact]
    public async Task TheNivSeesEachEvaluatorsDistribution()
    {
        var niv = await App.Accounts.ClientAsync("niv");
        var planId = await niv.DemoPlanIdAsync();
        var rows = (await niv.GetJsonAsync("api/v1/differentiation?year=2024")).AsArray();
        var pages = new MoneyPages(Browser);

        await pages.GotoDifferentiationAsync(planId, 2024);

        rows.Count.ShouldBeGreaterThan(0);
        await Expect(pages.DifferentiationRows).ToHaveCountAsync(rows.Count);
        var first = rows[0]!;
        await Expect(pages.DifferentiationRows.First).ToContainTextAsync((string)first["evaluator"]!);
        await Expect(pages.DifferentiationRows.First).ToContainTextAsync((string)first["check"]!["reading"]!);
    }

    [Theory]
    [InlineData("segretario", true, true, true)]
    [InlineData("niv", true, true, true)]
    [InlineData("admin", true, true, false)]
    [InlineData("sindaco", false, true, false)]
    [InlineData("giunta", false, true, false)]
    [InlineData("resp1", false, false, false)]
    public async Task EachRoleSeesTheMoneyLinksItMayOpen(string username, bool fund, bool premi, bool differentiation)
    {
        await App.Accounts.SignInAsync(Browser, username);
        var planId = await (await App.Accounts.ClientAsync(username)).DemoPlanIdAsync();
        var layout = new MainLayoutPage(Browser);

        await layout.GotoAsync($"piani/{planId}");

        await Expect(Browser.Page.GetByTestId("nav-fund")).ToHaveCountAsync(fund ? 1 : 0);
        await Expect(Browser.Page.GetByTestId("nav-premi")).ToHaveCountAsync(premi ? 1 : 0);
        await Expect(Browser.Page.GetByTestId("nav-differentiation")).ToHaveCountAsync(differentiation ? 1 : 0);
    }

    [Fact]
    public async Task AResponsabileMayReadNeitherThePremiDataNorTheCheck()
    {
        await App.Accounts.SignInAsync(Browser, "resp1");
        var planId = await (await App.Accounts.ClientAsync("resp1")).DemoPlanIdAsync();
        var pages = new MoneyPages(Browser);

        await pages.GotoPremiAsync(planId, 2024);
        await Expect(pages.Layout.AccessDenied).ToBeVisibleAsync();
        await Expect(pages.PremiRows).ToHaveCountAsync(0);
        await pages.GotoDifferentiationAsync(planId, 2024);
        await Expect(pages.Layout.AccessDenied).ToBeVisibleAsync();
        await Expect(Browser.Page.GetByTestId("nav-premi")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AWhatIfChangesDBandAndPayLiveAndSavesNothing()
    {
        var niv = await App.Accounts.ClientAsync("niv");
        var id = (string)(await (await App.Accounts.ClientAsync("dip1")).GetJsonAsync("api/v1/sheets/mine")).AsArray()[0]!["id"]!;
        var before = await niv.GetAnswerAsync($"api/v1/sheets/{id}");
        var stored = before.ShouldBeOk()["figures"]!;
        var pages = new MoneyPages(Browser);
        await pages.GotoWhatIfAsync(Guid.Parse(id));
        var storedD = stored.Number("dAfterSanctions").ToString("#,0.##", It);
        await Expect(pages.StoredD).ToHaveTextAsync(storedD);
        await Expect(pages.WhatIfD).ToHaveTextAsync(storedD);

        var count = await pages.Scores.CountAsync();
        for (var i = 0; i < count; i++)
        {
            await pages.Scores.Nth(i).SelectOptionAsync("1");
        }

        await Expect(pages.WhatIfD).Not.ToHaveTextAsync(storedD);
        var simulated = decimal.Parse(await pages.WhatIfD.InnerTextAsync(), NumberStyles.Number, It);
        simulated.ShouldBeLessThan(stored.Number("dAfterSanctions"));
        await Expect(pages.WhatIfBand).Not.ToHaveTextAsync((string)stored["bandLabel"]!);
        await Expect(pages.WhatIfExplanation).ToContainTextAsync("Fascia");

        await pages.Percentages.First.FillAsync("120");
        await pages.Percentages.First.PressAsync("Tab");
        await Expect(pages.PctErrors.First).ToContainTextAsync("tra 0 e 100");
        await Expect(pages.WhatIfD).ToHaveTextAsync("—");

        (await niv.GetAnswerAsync($"api/v1/sheets/{id}")).Body.ShouldBe(before.Body);
    }

    [Fact]
    public async Task TheSegretarioSavesTheFundAndSeesTheSplitWithoutReload()
    {
        await using var own = await OwnApp.StartAsync();
        await using var browser = await App.NewPageAsync(own, "segretario");
        var planId = await (await own.Accounts.ClientAsync("segretario")).DemoPlanIdAsync();
        var pages = new MoneyPages(browser);
        await pages.GotoFundAsync(planId, 2025);

        await pages.FundAmount.FillAsync("-5");
        await pages.FundSave.ClickAsync();
        await Expect(pages.FieldMessages.Filter(new() { HasText = "non può essere negativo" }).First).ToBeVisibleAsync();
        await Expect(pages.FundPots).ToHaveCountAsync(0);

        await pages.FundAmount.FillAsync("50000");
        await pages.HeadcountInput(0, 2).FillAsync("3");
        await pages.HeadcountInput(1, 3).FillAsync("2");
        await pages.FundSave.ClickAsync();

        await Expect(pages.FundSaved).ToBeVisibleAsync();
        await Expect(pages.FundPots).ToHaveCountAsync(2);
        await Expect(pages.FundPotsTotal).ToHaveTextAsync("€ 50.000,00");
        await Expect(pages.FundMaxima).ToHaveCountAsync(2);
    }
}
