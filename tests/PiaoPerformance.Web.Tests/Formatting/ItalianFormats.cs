using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Formatting;

public sealed class ItalianFormats(PiaoAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task CardPrintsPercentagesWithASpaceAndDatesAsDayMonthYear()
    {
        var card = new ObjectiveCardPage(Browser);

        await card.GotoAsync(await (await App.SignedInAsync()).ObjectiveIdAsync("I", 1));

        await Expect(card.Page.Locator("html")).ToHaveAttributeAsync("lang", "it");
        await Expect(card.Weight).ToHaveTextAsync("15 %");
        await Expect(card.Start).ToHaveTextAsync("01/01/2024");
        await Expect(card.End).ToHaveTextAsync("31/12/2024");
    }

    [Fact]
    public async Task CardKeepsTheDocumentsTextWhereTheEndIsNotADate()
    {
        var card = new ObjectiveCardPage(Browser);

        await card.GotoAsync(await (await App.SignedInAsync()).ObjectiveIdAsync("I", 2));

        await Expect(card.End).ToHaveTextAsync("31.12 di ciascun anno");
    }
}
