using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Components.Plans;

public sealed class PlanOverview(PiaoAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task HeaderShowsTheEnteAndTheCycle()
    {
        var page = await OpenAsync();

        await Expect(page.HeaderEnte).ToHaveTextAsync(DemoPlan.Ente);
        await Expect(page.HeaderCycle).ToContainTextAsync(DemoPlan.Cycle);
    }

    [Fact]
    public async Task ShowsTheEightUnitsInTheDocumentsOrderWithTheirHeadings()
    {
        var page = await OpenAsync();

        await Expect(page.UnitToggles).ToContainTextAsync(DemoPlan.Units.Select(u => u.Heading).ToArray());
        foreach (var unit in DemoPlan.Units)
        {
            await Expect(page.UnitToggle(unit.Code)).ToContainTextAsync(unit.Heading);
            await Expect(page.UnitToggle(unit.Code)).ToHaveAttributeAsync("aria-expanded", "false");
            await Expect(page.UnitObjectives(unit.Code)).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task EveryWeightBadgeReadsOneHundredPercent()
    {
        var page = await OpenAsync();

        // One badge per person evaluated: a responsabile per unit, two in Settore VI.
        await Expect(page.WeightBadges).ToHaveTextAsync(Enumerable.Repeat("Totale pesi 100 %", 9).ToArray());
    }

    [Fact]
    public async Task ShowsTheCrossCuttingStrategicObjectives()
    {
        var page = await OpenAsync();

        foreach (var strategic in DemoPlan.CrossCutting)
        {
            await Expect(page.StrategicBlock(strategic.Number)).ToContainTextAsync($"Obiettivo strategico n. {strategic.Number} – {strategic.Title}");
            await Expect(page.StrategicBlock(strategic.Number)).ToContainTextAsync($"Peso obiettivo: {strategic.Weight} %");
        }
    }

    [Fact]
    public async Task ClickingAUnitHeadingOpensItInPlaceAndCollapseAllClosesIt()
    {
        var page = await OpenAsync();
        var url = page.Page.Url;
        await page.MarkDocumentAsync();

        await page.OpenUnitAsync("I");

        await Expect(page.UnitObjectives("I")).ToBeVisibleAsync();
        await Expect(page.UnitObjectiveLinks("I")).ToHaveTextAsync(DemoPlan.Unit("I").ObjectiveTitles.ToArray());
        await Expect(page.UnitToggle("I")).ToHaveAttributeAsync("aria-expanded", "true");
        page.Page.Url.ShouldBe(url);
        (await page.DocumentIsMarkedAsync()).ShouldBeTrue("the page was reloaded: the click must update it in place over the circuit");

        await page.CollapseAllButton.ClickAsync();

        await Expect(page.UnitObjectives("I")).ToHaveCountAsync(0);
        await Expect(page.UnitToggle("I")).ToHaveAttributeAsync("aria-expanded", "false");
        (await page.DocumentIsMarkedAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task ExpandAllListsAllFortyNineObjectiveCards()
    {
        var page = await OpenAsync();
        await page.OpenUnitAsync("I");

        await page.ExpandAllButton.ClickAsync();

        foreach (var unit in DemoPlan.Units)
        {
            await Expect(page.UnitToggle(unit.Code)).ToHaveAttributeAsync("aria-expanded", "true");
            await Expect(page.UnitObjectiveLinks(unit.Code)).ToHaveTextAsync(unit.ObjectiveTitles.ToArray());
        }

        await Expect(page.Page.Locator("[data-testid='unit-objectives'] tbody tr a")).ToHaveCountAsync(DemoPlan.UnitObjectiveCount);
    }

    private async Task<PlanOverviewPage> OpenAsync()
    {
        var page = new PlanOverviewPage(Browser);
        await page.GotoAsync(await (await App.SignedInAsync()).DemoPlanIdAsync());
        return page;
    }
}
