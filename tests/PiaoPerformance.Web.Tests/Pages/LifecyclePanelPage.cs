using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>
/// The lifecycle panel on the plan overview (<c>/piani/{id}</c>): state and version, units sent, approval and
/// variazione forms, versions; and the read-only page of a version (<c>/piani/{id}/versioni/{n}</c>).
/// </summary>
public sealed class LifecyclePanelPage(BrowserPage browser)
{
    public IPage Page => browser.Page;

    public ILocator Panel => Page.GetByTestId("lifecycle");

    public ILocator State => Panel.GetByTestId("lifecycle-state");

    public ILocator Version => Panel.GetByTestId("lifecycle-version");

    public ILocator Notice => Panel.GetByTestId("lifecycle-notice");

    /// <summary>The state badge in the page heading, outside the panel.</summary>
    public ILocator HeadingState => Page.GetByTestId("plan-state");

    public ILocator ApproveForm => Panel.GetByTestId("approve-form");

    public ILocator VariationForm => Panel.GetByTestId("variation-form");

    public ILocator Versions => Panel.GetByTestId("plan-versions");

    public ILocator ReadOnlyNotice => Page.GetByTestId("version-read-only");

    /// <summary>The row of a unit in the submissions table, by its code ("I", "II", "PL").</summary>
    public ILocator Unit(string code) => Panel.GetByTestId($"submission-{code}");

    public ILocator SubmitButton(string code) => Unit(code).GetByTestId("submit-unit");

    public ILocator UnitState(string code) => Unit(code).GetByTestId("submission-state");

    public async Task GotoAsync(Guid planId)
    {
        await Page.GotoAsync($"piani/{planId}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(Panel).ToBeVisibleAsync();
    }

    public Task MarkDocumentAsync() => Page.EvaluateAsync("() => { window.__marker = 1; }");

    public Task<bool> DocumentIsMarkedAsync() => Page.EvaluateAsync<bool>("() => window.__marker === 1");

    public Task ApproveAsync() => ApproveForm.GetByTestId("approve").ClickAsync();

    public async Task FillApprovalAsync(string number, string isoDate)
    {
        await ApproveForm.GetByTestId("deliberation-number").FillAsync(number);
        await ApproveForm.GetByTestId("deliberation-date").FillAsync(isoDate);
    }

    public async Task RecordVariationAsync(string reason, string act, string isoDate)
    {
        await VariationForm.GetByTestId("variation-reason").FillAsync(reason);
        await VariationForm.GetByTestId("variation-act").FillAsync(act);
        await VariationForm.GetByTestId("variation-date").FillAsync(isoDate);
        await VariationForm.GetByTestId("start-variation").ClickAsync();
    }
}
