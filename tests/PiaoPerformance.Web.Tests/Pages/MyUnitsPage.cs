using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>"Le mie unità" (<c>/le-mie-unita</c>): one card per unit of the signed-in responsabile, by unit code.</summary>
public sealed class MyUnitsPage(BrowserPage browser)
{
    /// <summary>How long the Blazor circuit may take to connect before a click counts.</summary>
    private static readonly TimeSpan InteractivityTimeout = TimeSpan.FromSeconds(30);

    public IPage Page => browser.Page;

    /// <summary>Every unit card, in page order.</summary>
    public ILocator Units => Page.Locator("article[data-testid^='my-unit-']");

    public ILocator Unit(string code) => Page.GetByTestId($"my-unit-{code}");

    public ILocator State(string code) => Unit(code).GetByTestId("my-unit-state");

    public ILocator Count(string code) => Unit(code).GetByTestId("my-unit-count");

    public ILocator Weights(string code) => Unit(code).GetByTestId("my-unit-weight");

    public ILocator Cards(string code) => Unit(code).GetByTestId("my-unit-cards").Locator("tbody tr a");

    public ILocator NewObjective(string code) => Unit(code).GetByTestId("my-unit-new");

    public ILocator SubmitButton(string code) => Unit(code).GetByTestId("my-unit-submit");

    public ILocator Done => Page.GetByTestId("my-units-done");

    public async Task GotoAsync()
    {
        await Page.GotoAsync("le-mie-unita", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(Units.First).ToBeVisibleAsync();
    }

    /// <summary>
    /// Sends the unit for approval. The page is prerendered, so a click before the circuit connects does nothing:
    /// click again while the button is there (and wait while it is busy), up to <see cref="InteractivityTimeout"/>.
    /// </summary>
    public async Task SubmitAsync(string code)
    {
        var deadline = DateTime.UtcNow + InteractivityTimeout;
        while (await SubmitButton(code).CountAsync() > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Unit {code} was not sent within {InteractivityTimeout.TotalSeconds} s of clicks.{Environment.NewLine}{browser.Log}");
            }

            try
            {
                // A send in progress disables the button: a short timeout lets the loop wait for it to go.
                await SubmitButton(code).ClickAsync(new() { Timeout = 1_000 });
                await Expect(SubmitButton(code)).ToHaveCountAsync(0, new() { Timeout = 1_000 });
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                // Not interactive yet, or still sending: the loop looks again.
            }
        }
    }

    public Task MarkDocumentAsync() => Page.EvaluateAsync("() => { window.__marker = 1; }");

    public Task<bool> DocumentIsMarkedAsync() => Page.EvaluateAsync<bool>("() => window.__marker === 1");
}
