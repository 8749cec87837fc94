using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>
/// The plan overview (<c>/piani/{id}</c>): header, unit blocks that open and close, weight badges. The page is
/// prerendered and rendered again when the circuit connects (the blocks vanish for a moment): read it with the
/// retrying <c>Expect</c> assertions, not one-shot queries.
/// </summary>
public sealed class PlanOverviewPage(BrowserPage browser)
{
    /// <summary>How long the Blazor circuit may take to connect before the first click counts.</summary>
    private static readonly TimeSpan InteractivityTimeout = TimeSpan.FromSeconds(15);

    public IPage Page => browser.Page;

    public ILocator HeaderEnte => Page.GetByTestId("header-ente");

    public ILocator HeaderCycle => Page.GetByTestId("header-ciclo");

    public ILocator WeightBadges => Page.GetByTestId("weight-total");

    public ILocator ExpandAllButton => Page.GetByTestId("expand-all");

    public ILocator CollapseAllButton => Page.GetByTestId("collapse-all");

    public async Task GotoAsync(Guid planId)
    {
        await Page.GotoAsync($"piani/{planId}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(Unit("I")).ToBeVisibleAsync();
    }

    public ILocator Unit(string code) => Page.GetByTestId($"unit-{code}");

    public ILocator StrategicBlock(int number) => Page.GetByTestId($"strategic-{number}");

    /// <summary>The button in the unit's heading that opens and closes it (it carries <c>aria-expanded</c>).</summary>
    public ILocator UnitToggle(string code) => Unit(code).Locator("h3 button");

    public ILocator UnitObjectives(string code) => Unit(code).GetByTestId("unit-objectives");

    /// <summary>The weight cells of the unit's objectives table, in order.</summary>
    public ILocator UnitObjectiveWeights(string code) => UnitObjectives(code).Locator("tbody tr td:last-child");

    public ILocator UnitWeightTotal(string code) => Unit(code).GetByTestId("weight-total");

    /// <summary>"Pesi uguali" next to the unit's weight total, and its confirm step.</summary>
    public ILocator EqualWeightsButton(string code) => Unit(code).GetByTestId("equal-weights");

    public ILocator EqualWeightsConfirm(string code) => Unit(code).GetByTestId("equal-weights-confirm");

    public ILocator EqualWeightsYes(string code) => Unit(code).GetByTestId("equal-weights-yes");

    public ILocator EqualWeightsNo(string code) => Unit(code).GetByTestId("equal-weights-no");

    public ILocator UnitObjectiveLinks(string code) => UnitObjectives(code).Locator("tbody tr a");

    /// <summary>The heading buttons of every unit block, in page order.</summary>
    public ILocator UnitToggles => Page.Locator("[data-testid^='unit-'] > h3 button");

    /// <summary>Marks the loaded document: the mark survives anything but a reload or a full navigation.</summary>
    public Task MarkDocumentAsync() => Page.EvaluateAsync("() => { window.__marker = 1; }");

    public Task<bool> DocumentIsMarkedAsync() => Page.EvaluateAsync<bool>("() => window.__marker === 1");

    /// <summary>
    /// Opens the unit with a click on its heading. The page is prerendered, so clicks before the Blazor circuit
    /// connects do nothing: click again while the block stays closed, up to <see cref="InteractivityTimeout"/>.
    /// </summary>
    public async Task OpenUnitAsync(string code)
    {
        var deadline = DateTime.UtcNow + InteractivityTimeout;
        while (await UnitToggle(code).GetAttributeAsync("aria-expanded") != "true")
        {
            if (DateTime.UtcNow > deadline)
            {
                var script = await Page.EvaluateAsync<bool>("() => window.Blazor !== undefined") ? "loaded" : "NOT loaded";
                throw new TimeoutException(
                    $"Unit {code} did not open within {InteractivityTimeout.TotalSeconds} s of clicks: the Blazor circuit never " +
                    $"connected (_framework/blazor.web.js {script}).{Environment.NewLine}{browser.Log}");
            }

            await UnitToggle(code).ClickAsync();
            try
            {
                await Expect(UnitToggle(code)).ToHaveAttributeAsync("aria-expanded", "true", new() { Timeout = 1_000 });
            }
            catch (PlaywrightException)
            {
                // Not interactive yet: the loop clicks again.
            }
        }
    }
}
