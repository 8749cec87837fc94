using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>The NIV workspace of a unit and year (<c>/piani/{id}/niv?unita=&amp;anno=</c>): reweighting and one card per objective.</summary>
public sealed class NivWorkspacePage(BrowserPage browser)
{
    public IPage Page => browser.Page;

    public ILocator Reweighting => Page.GetByTestId("reweighting").First;

    public ILocator WeightedResult => Reweighting.GetByTestId("weighted-result");

    public async Task GotoAsync(Guid planId, Guid unitId, int year)
    {
        await Page.GotoAsync($"piani/{planId}/niv?unita={unitId}&anno={year}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(Page.GetByTestId("niv-unit")).ToBeVisibleAsync();
    }

    public ILocator Card(Guid objectiveId) => Page.Locator($"[data-testid='measure-card'][data-objective='{objectiveId}']");

    public ILocator WeightRow(Guid objectiveId) => Reweighting.Locator($"[data-testid='weight-row'][data-objective='{objectiveId}']");

    public ILocator OriginalWeight(Guid objectiveId) => WeightRow(objectiveId).GetByTestId("original-weight");

    public ILocator EffectiveWeight(Guid objectiveId) => WeightRow(objectiveId).GetByTestId("effective-weight");

    public async Task FillAsync(Guid objectiveId, string testId, string value)
    {
        var input = Card(objectiveId).GetByTestId(testId);
        await input.FillAsync(value);
        await input.DispatchEventAsync("change");
    }

    /// <summary>Ticks a checkbox by its label, as a user does (Bootstrap Italia draws the box on the label).</summary>
    public async Task CheckAsync(Guid objectiveId, string testId)
    {
        var input = Card(objectiveId).GetByTestId(testId);
        await Card(objectiveId).Locator($"label[for='{await input.GetAttributeAsync("id")}']").ClickAsync();
        await Expect(input).ToBeCheckedAsync();
    }

    public async Task SaveAsync(Guid objectiveId) => await ClickAndWaitAsync(objectiveId, "save-measure", "Salvato.");

    public async Task SignOffAsync(Guid objectiveId) => await ClickAndWaitAsync(objectiveId, "sign-off", "Sottoscrizione registrata.");

    public async Task AgreeAsync(Guid objectiveId) => await ClickAndWaitAsync(objectiveId, "agree", "Valore concordato: la misurazione è definitiva.");

    private async Task ClickAndWaitAsync(Guid objectiveId, string button, string done)
    {
        await Card(objectiveId).GetByTestId(button).ClickAsync();
        await Expect(Card(objectiveId).GetByTestId("measure-saved")).ToHaveTextAsync(done);
    }
}
