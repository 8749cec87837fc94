using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>An objective card (<c>/obiettivi/{id}</c>): the seed's card fields, the year targets, notes and rules.</summary>
public sealed class ObjectiveCardPage(BrowserPage browser)
{
    public IPage Page => browser.Page;

    public ILocator Card => Page.GetByTestId("objective-card");

    public ILocator Title => Field("title");

    public ILocator Start => Field("start");

    public ILocator End => Field("end");

    public ILocator Weight => Field("weight");

    public ILocator Theme => Field("theme");

    public ILocator MandateLines => Field("mandateLines");

    public ILocator DupCode => Field("dupCode");

    public ILocator ExpectedResult => Field("expectedResult");

    public ILocator Indicators => Field("indicators");

    public ILocator Verification => Field("verification");

    public ILocator ContingentNote => Card.GetByTestId("contingent");

    public ILocator RuleSteps => Card.GetByTestId("rule-steps");

    public async Task GotoAsync(Guid objectiveId)
    {
        await Page.GotoAsync($"obiettivi/{objectiveId}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await WaitUntilShownAsync();
    }

    public Task WaitUntilShownAsync() => Expect(Card).ToBeVisibleAsync();

    public ILocator Field(string name) => Card.Locator($"[data-field='{name}']");

    /// <summary>The "Attesa" cell of a year in the "Percentuale di raggiungimento" table ("50 %", or "//").</summary>
    public ILocator ExpectedTarget(int year) =>
        Card.GetByTestId("year-targets").Locator($"td[data-year='{year}'][data-kind='attesa']");
}
