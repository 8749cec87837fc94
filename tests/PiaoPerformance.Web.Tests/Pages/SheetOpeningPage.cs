using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>
/// Opening a year's sheets (<c>/piani/{id}/schede/apertura?anno=</c>) and the change of evaluator on a sheet
/// (<c>/schede/{id}</c>, section "Cambio del valutatore").
/// </summary>
public sealed class SheetOpeningPage(BrowserPage browser)
{
    public IPage Page => browser.Page;

    public MainLayoutPage Layout { get; } = new(browser);

    public ILocator UnitFilter => Page.GetByTestId("opening-unit");

    public ILocator CountOpen => Page.GetByTestId("count-open");

    public ILocator CountToOpen => Page.GetByTestId("count-to-open");

    public ILocator Open => Page.GetByTestId("opening-open");

    public ILocator Done => Page.GetByTestId("opening-done");

    public ILocator Rows => Page.GetByTestId("opening-row");

    public ILocator Row(Guid personId) => Page.Locator($"[data-testid=opening-row][data-person='{personId}']");

    public ILocator Check(Guid personId) => Row(personId).GetByTestId("opening-check");

    public ILocator Status(Guid personId) => Row(personId).GetByTestId("opening-status");

    public Task GotoAsync(Guid planId, int year) => Layout.GotoAsync($"piani/{planId}/schede/apertura?anno={year}");

    // The change of evaluator on the sheet page.
    public ILocator Change => Page.GetByTestId("evaluator-change");

    public ILocator Former => Change.GetByTestId("change-former");

    public ILocator LeftOn => Change.GetByTestId("change-left-on");

    public ILocator Replacement => Change.GetByTestId("change-replacement");

    public ILocator SaveChange => Change.GetByTestId("change-save");

    public ILocator ChangeMessages => Change.Locator(".validation-message");

    public ILocator ChangeItems => Change.GetByTestId("evaluator-change-item");
}
