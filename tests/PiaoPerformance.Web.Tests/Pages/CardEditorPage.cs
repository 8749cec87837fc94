using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>The objective card editor (<c>/obiettivi/{id}/modifica</c>, <c>/piani/{plan}/unita/{unit}/nuovo-obiettivo</c>).</summary>
public sealed class CardEditorPage(BrowserPage browser)
{
    public IPage Page => browser.Page;

    public ILocator Form => Page.GetByTestId("objective-editor");

    public ILocator WeightTotal => Page.GetByTestId("weight-live-total");

    public ILocator Saved => Page.GetByTestId("editor-saved");

    public ILocator Error => Page.GetByTestId("editor-error");

    public ILocator RulePreviewLines => Page.GetByTestId("rule-preview-line");

    /// <summary>The total of the chosen strategic objective's shares with the one being typed.</summary>
    public ILocator ParentTotal => Page.GetByTestId("parent-total");

    public ILocator StaffChoices => Page.GetByTestId("ed-staff").Locator(".form-check");

    /// <summary>Opens the editor of a card: the form, or the reason the actor may not change it (<see cref="Refused"/>).</summary>
    public async Task GotoAsync(Guid objectiveId)
    {
        await Page.GotoAsync($"obiettivi/{objectiveId}/modifica", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(Form.Or(Refused)).ToBeVisibleAsync();
    }

    /// <summary>Chooses the strategic objective at <paramref name="index"/> (1 = the first after "none") and types the share; returns its label.</summary>
    public async Task<string> ChooseParentAsync(int index, string share)
    {
        var select = Page.GetByTestId("ed-parent");
        await select.SelectOptionAsync(new SelectOptionValue { Index = index });
        var shareInput = Page.GetByTestId("ed-share");
        await Expect(shareInput).ToBeEnabledAsync();
        await Blur(shareInput, share);
        return (await select.Locator("option").Nth(index).TextContentAsync())!.Trim();
    }

    /// <summary>Ticks the first person of the unit's staff; returns the label shown ("Name (profile)").</summary>
    public async Task<string> InvolveFirstStaffMemberAsync()
    {
        var choice = StaffChoices.First;
        // The kit draws the box on the label and hides the input: click where the user clicks.
        await choice.Locator("label").ClickAsync();
        await Expect(choice.Locator("input")).ToBeCheckedAsync();
        return (await choice.Locator("label").TextContentAsync())!.Trim();
    }

    public async Task GotoNewAsync(Guid planId, Guid unitId)
    {
        await Page.GotoAsync($"piani/{planId}/unita/{unitId}/nuovo-obiettivo", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(Form).ToBeVisibleAsync();
    }

    /// <summary>Why the actor may not change the card, shown instead of the form.</summary>
    public ILocator Refused => Page.GetByTestId("editor-refused");

    public Task FillAsync(string testId, string value) => Blur(Page.GetByTestId(testId), value);

    public async Task AddIndicatorAsync(string name, string target)
    {
        var n = await AddRowAsync("add-indicator", "ind-name");
        await Blur(Page.GetByTestId("ind-name").Nth(n), name);
        await Blur(Page.GetByTestId("ind-target").Nth(n), target);
    }

    public async Task AddPhaseAsync(string title, string dueIso)
    {
        var n = await AddRowAsync("add-phase", "ph-title");
        await Blur(Page.GetByTestId("ph-title").Nth(n), title);
        await Blur(Page.GetByTestId("ph-due").Nth(n), dueIso);
    }

    public Task SetYearAsync(int year, string pct) => Blur(Page.GetByTestId($"year-{year}-pct"), pct);

    public Task NotApplicableAsync(int year) => Page.GetByTestId($"year-{year}-toggle").CheckAsync();

    public async Task ThresholdRuleAsync(params (string Label, string Bound, string Pct)[] steps)
    {
        await Page.GetByTestId("ed-rule-kind").SelectOptionAsync("NumericThreshold");
        await Expect(Page.GetByTestId("add-step")).ToBeVisibleAsync();
        foreach (var (label, bound, pct) in steps)
        {
            var n = await AddRowAsync("add-step", "st-label");
            await Blur(Page.GetByTestId("st-label").Nth(n), label);
            await Blur(Page.GetByTestId("st-bound").Nth(n), bound);
            await Blur(Page.GetByTestId("st-pct").Nth(n), pct);
        }
    }

    public Task SaveAsync() => Page.GetByTestId("editor-save").ClickAsync();

    /// <summary>Adds a row and waits until the server has rendered it; returns its index.</summary>
    private async Task<int> AddRowAsync(string addButton, string firstInput)
    {
        var rows = Page.GetByTestId(firstInput);
        var n = await rows.CountAsync();
        await Page.GetByTestId(addButton).ClickAsync();
        await Expect(rows).ToHaveCountAsync(n + 1);
        return n;
    }

    private static async Task Blur(ILocator input, string value)
    {
        await input.FillAsync(value);
        await input.DispatchEventAsync("change");
    }
}
