using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>
/// An evaluation sheet (<c>/schede/{id}</c>) and the sheet lists (<c>/schede</c>, <c>/schede/mia</c>, <c>/schede/tutte</c>):
/// header, component A and C inputs, figures, conciliation steps and versions.
/// </summary>
public sealed class EvaluationSheetPage(BrowserPage browser)
{
    public IPage Page => browser.Page;

    public MainLayoutPage Layout { get; } = new(browser);

    public ILocator State => Page.GetByTestId("sheet-state");

    public ILocator Person => Page.GetByTestId("sheet-person");

    public ILocator Items => Page.GetByTestId("behaviour-item");

    public ILocator Objectives => Page.GetByTestId("sheet-objective");

    public ILocator EntePerformance => Page.GetByTestId("ente-performance");

    public ILocator Save => Page.GetByTestId("save-scores");

    public ILocator Done => Page.GetByTestId("sheet-done");

    public ILocator Error => Page.GetByTestId("sheet-error");

    public ILocator D => Page.GetByTestId("sheet-figures").GetByTestId("figure-d");

    public ILocator C => Page.GetByTestId("sheet-figures").GetByTestId("figure-c");

    public ILocator ExplanationLines => Page.GetByTestId("sheet-figures").GetByTestId("explanation-line");

    public ILocator Deadline => Page.GetByTestId("deadline");

    public ILocator StepText => Page.GetByTestId("step-text");

    public ILocator Versions => Page.GetByTestId("sheet-versions").GetByTestId("sheet-version");

    public ILocator AccessDenied => Page.GetByTestId("access-denied");

    public ILocator ListRows => Page.GetByTestId("sheet-row");

    public ILocator Dated(string testId) => Page.GetByTestId("conciliation").GetByTestId(testId);

    public ILocator StepButton(string action) => Page.GetByTestId($"step-{action}");

    public ILocator Level(int item, int score) => Items.Nth(item).Locator($"[data-testid=level][data-score='{score}'] input");

    /// <summary>Chooses a score as a user does: Bootstrap Italia draws the radio on its label, which takes the click.</summary>
    public async Task ChooseAsync(int item, int score)
    {
        await Items.Nth(item).Locator($"[data-testid=level][data-score='{score}'] label").ClickAsync();
        await Expect(Level(item, score)).ToBeCheckedAsync();
    }

    public Task GotoAsync(Guid id) => Layout.GotoAsync($"schede/{id}");

    /// <summary>Chooses a score on every behaviour item (the circuit is connected once the page shows: no prerendering).</summary>
    public async Task ScoreAsync(IReadOnlyList<int> scores)
    {
        for (var i = 0; i < scores.Count; i++)
        {
            await ChooseAsync(i, scores[i]);
        }
    }

    /// <summary>Saves the scores and waits for the saved view.</summary>
    public async Task SaveAsync()
    {
        await Save.ClickAsync();
        await Expect(Done).ToBeVisibleAsync();
    }

    /// <summary>Takes a conciliation step (with its text when given) and waits for the state it leads to.</summary>
    public async Task StepAsync(string action, string expectedState, string? text = null)
    {
        if (text is not null)
        {
            await StepText.FillAsync(text);
        }

        await StepButton(action).ClickAsync();
        await Expect(State.Filter(new() { HasText = expectedState }).Or(Error)).ToBeVisibleAsync();
        if (await Error.CountAsync() > 0)
        {
            throw new InvalidOperationException($"Step {action} refused: {await Error.InnerTextAsync()}");
        }

        await Expect(State).ToHaveTextAsync(expectedState);
    }
}
