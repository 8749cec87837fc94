using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>The charts as pages show them (issue 10): a chart by its test id, its data table, bars, dots and caption.</summary>
public sealed class ChartsOnPages(BrowserPage browser)
{
    public IPage Page => browser.Page;

    public ILocator Chart(string testId) => Page.GetByTestId(testId);

    /// <summary>Opens the chart's "Dati del grafico" disclosure.</summary>
    public Task OpenDataAsync(string testId) => Chart(testId).Locator("details summary").ClickAsync();

    public ILocator Values(string testId) => Chart(testId).GetByTestId("chart-value");

    public ILocator Labels(string testId) => Chart(testId).GetByTestId("chart-label");

    public ILocator Bars(string testId) => Chart(testId).Locator("rect[data-value]");

    public ILocator Dots(string testId) => Chart(testId).GetByTestId("chart-dot");

    public ILocator Caption(string testId) => Chart(testId).Locator("figcaption");

    public ILocator Empty(string testId) => Chart(testId).GetByTestId("chart-empty");
}
