using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>The home page (<c>/</c>, "La mia scrivania"): one block per role of the signed-in person.</summary>
public sealed class HomePage(BrowserPage browser)
{
    public IPage Page => browser.Page;

    public ILocator Segretario => Page.GetByTestId("home-segretario");

    public ILocator Niv => Page.GetByTestId("home-niv");

    public ILocator MyUnits => Page.GetByTestId("home-units");

    public ILocator Evaluator => Page.GetByTestId("home-evaluator");

    public ILocator Giunta => Page.GetByTestId("home-giunta");

    public ILocator Admin => Page.GetByTestId("home-admin");

    public ILocator Mine => Page.GetByTestId("home-mine");

    /// <summary>The blocks of every role, to check which are there.</summary>
    public IReadOnlyDictionary<string, ILocator> Blocks => new Dictionary<string, ILocator>
    {
        ["segretario"] = Segretario, ["niv"] = Niv, ["units"] = MyUnits, ["evaluator"] = Evaluator, ["giunta"] = Giunta, ["admin"] = Admin, ["mine"] = Mine,
    };

    /// <summary>"Il ciclo in sintesi": where the integrator places the charts.</summary>
    public ILocator Summary => Page.GetByTestId("home-summary");

    public ILocator UnitNames(ILocator block) => block.GetByTestId("home-unit-name");

    public ILocator UnitRow(ILocator block, string code) => block.Locator($"[data-testid='home-unit'][data-unit='{code}']");

    public ILocator SheetRows(ILocator block) => block.GetByTestId("sheet-row");

    public ILocator Refreshed => Page.GetByTestId("home-refreshed");

    public async Task GotoAsync()
    {
        await Page.GotoAsync("", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(Page.GetByTestId("home-plan")).ToBeVisibleAsync();
    }

    public Task MarkDocumentAsync() => Page.EvaluateAsync("() => { window.__marker = 1; }");

    public Task<bool> DocumentIsMarkedAsync() => Page.EvaluateAsync<bool>("() => window.__marker === 1");
}
