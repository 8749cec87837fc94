using System.Globalization;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Accessibility;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Charts;

/// <summary>
/// The charts in Chromium on the demo 2024 data: the premi page's chart tables hold the premi API's numbers, the
/// differentiation page draws a dot per sheet of each evaluator, the NIV's measurement page says nothing is agreed yet;
/// axe-core finds no serious or critical violation on the three pages with the data tables open.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ChartsInBrowser(PiaoAppFixture app, ITestOutputHelper output)
{
    private static readonly CultureInfo It = CultureInfo.GetCultureInfo("it-IT");

    [Fact]
    public async Task ThePremiChartsHoldThePremiApisNumbers()
    {
        var segretario = await app.Accounts.ClientAsync("segretario");
        var planId = await segretario.DemoPlanIdAsync();
        var rows = (await segretario.GetJsonAsync($"api/v1/plans/{planId}/premi?year=2024"))["summary"]!["rows"]!.AsArray();
        await using var browser = await app.NewPageAsync("segretario");
        var charts = new ChartsOnPages(browser);

        await new MoneyPages(browser).GotoPremiAsync(planId, 2024);
        await charts.OpenDataAsync("chart-money");

        rows.Count.ShouldBeGreaterThan(1);
        await Expect(charts.Values("chart-money")).ToHaveTextAsync(rows.Select(r => $"€ {r.Number("money").ToString("#,0.00", It)}").ToArray());
        await Expect(charts.Bars("chart-money")).ToHaveCountAsync(rows.Count(r => r.Number("money") > 0m));
        await Expect(charts.Labels("chart-money")).ToHaveTextAsync(rows.Select(r => new System.Text.RegularExpressions.Regex(
            $"· {System.Text.RegularExpressions.Regex.Escape((string)r!["bandLabel"]!)}$")).ToArray());
        var people = rows.Select(r => ((int)r!["people"]!).ToString(It)).ToArray();
        var distribution = await charts.Values("chart-distribution").AllTextContentsAsync();
        distribution.Take(people.Length).ShouldBe(people, "the ente's group comes first, with the premi rows' people");
        distribution.Skip(people.Length).Select(v => int.Parse(v, It)).Sum().ShouldBe(people.Sum(p => int.Parse(p, It)), "the units share the ente's sheets out");
        await Expect(charts.Caption("chart-money")).ToContainTextAsync(
            $"totale € {(await segretario.GetJsonAsync($"api/v1/plans/{planId}/premi?year=2024"))["summary"].Number("money").ToString("#,0.00", It)}");
        (await browser.Page.GetByTestId("premi-pdf").GetAttributeAsync("href")).ShouldBe($"/api/v1/plans/{planId}/premi.pdf?year=2024");
        await ScreenshotAsync(charts.Chart("chart-money"), "grafico-premi.png");
        await ScreenshotAsync(charts.Chart("chart-distribution"), "grafico-distribuzione.png");
    }

    [Fact]
    public async Task TheDifferentiationPageDrawsADotPerSheetOfEachEvaluator()
    {
        var niv = await app.Accounts.ClientAsync("niv");
        var planId = await niv.DemoPlanIdAsync();
        var rows = (await niv.GetJsonAsync("api/v1/differentiation?year=2024")).AsArray();
        await using var browser = await app.NewPageAsync("niv");
        var charts = new ChartsOnPages(browser);

        await new MoneyPages(browser).GotoDifferentiationAsync(planId, 2024);

        await Expect(charts.Chart("chart-spread").GetByTestId("chart-evaluator")).ToHaveCountAsync(rows.Count);
        await Expect(charts.Dots("chart-spread")).ToHaveCountAsync(rows.Sum(r => r!["totals"]!.AsArray().Count));
        await Expect(charts.Labels("chart-spread")).ToHaveTextAsync(rows.Select(r => (string)r!["evaluator"]!).ToArray());
        await Expect(charts.Chart("chart-spread").GetByTestId("chart-warning")).ToHaveCountAsync(rows.Count(r => (bool)r!["check"]!["warning"]!));
        await ScreenshotAsync(charts.Chart("chart-spread"), "grafico-differenziazione.png");
    }

    [Fact]
    public async Task TheMeasurementPageSaysNoMeasureIsAgreedYetAndOffersTheRelazione()
    {
        var niv = await app.Accounts.ClientAsync("niv");
        var planId = await niv.DemoPlanIdAsync();
        await using var browser = await app.NewPageAsync("niv");
        var charts = new ChartsOnPages(browser);

        await new MainLayoutPage(browser).GotoAsync($"piani/{planId}/misurazione?anno=2024");

        await Expect(charts.Empty("chart-units")).ToHaveTextAsync(Web.Components.Charts.ChartTexts.NoMeasures);
        (await browser.Page.GetByTestId("relazione-pdf").GetAttributeAsync("href")).ShouldBe($"/api/v1/plans/{planId}/relazione.pdf?year=2024");
    }

    [Fact]
    public async Task TheMeasurementPageDrawsTheEnginesAchievementOfTheAgreedMeasures()
    {
        var ente = await MeasurementEnte.CreateAsync(app.Services);
        await AgreedMeasures.AgreeSettoreIAsync(app, ente);
        var niv = await app.Accounts.ClientAsync(ente.Niv1, MeasurementEnte.Password);
        var weighted = (await niv.GetJsonAsync($"api/v1/plans/{ente.PlanId}/units/{ente.UnitId}/weights?year=2024")).Number("weightedAchievement");
        await using var browser = await app.NewPageAsync();
        await app.Accounts.SignInAsync(browser, ente.Niv1, MeasurementEnte.Password);
        var charts = new ChartsOnPages(browser);

        await new MainLayoutPage(browser).GotoAsync($"piani/{ente.PlanId}/misurazione?anno=2024");
        await charts.OpenDataAsync("chart-units");

        var expected = $"{Math.Round(weighted, 2).ToString("0.##", It)} %";
        await Expect(charts.Values("chart-units").First).ToHaveTextAsync(expected);
        await Expect(charts.Bars("chart-units")).ToHaveCountAsync(1);
        (await charts.Bars("chart-units").GetAttributeAsync("data-value")).ShouldStartWith(Math.Round(weighted, 2).ToString(CultureInfo.InvariantCulture));
        await Expect(charts.Caption("chart-units")).ToContainTextAsync(expected);
        await ScreenshotAsync(charts.Chart("chart-units"), "grafico-raggiungimento.png");
    }

    // For docs/user-guide.md: PIAO_DOCS_IMG=<absolute docs/img> writes the guide's pictures of the charts.
    private static async Task ScreenshotAsync(Microsoft.Playwright.ILocator chart, string name)
    {
        if (Environment.GetEnvironmentVariable("PIAO_DOCS_IMG") is { Length: > 0 } folder)
        {
            await chart.ScreenshotAsync(new() { Path = Path.Combine(folder, name) });
        }
    }

    [Theory]
    [InlineData("segretario", "premi", "chart-money")]
    [InlineData("niv", "differenziazione", "chart-spread")]
    [InlineData("niv", "misurazione", "chart-units")]
    public async Task ThePagesWithChartsHaveNoSeriousAxeViolation(string username, string page, string chart)
    {
        var planId = await (await app.Accounts.ClientAsync(username)).DemoPlanIdAsync();
        await using var browser = await app.NewPageAsync(username, bypassCsp: true);
        var charts = new ChartsOnPages(browser);
        await new MainLayoutPage(browser).GotoAsync($"piani/{planId}/{page}?anno=2024");
        await Expect(charts.Chart(chart)).ToBeVisibleAsync();
        if (await charts.Chart(chart).Locator("details summary").CountAsync() > 0)
        {
            await charts.OpenDataAsync(chart);
        }

        var minor = await Axe.ShouldHaveNoSeriousViolationsAsync(browser.Page);
        output.WriteLine(minor.Count == 0 ? $"{page}: no violation" : $"{page}: minor or moderate only{Environment.NewLine}{Axe.Describe(minor)}");
    }
}
