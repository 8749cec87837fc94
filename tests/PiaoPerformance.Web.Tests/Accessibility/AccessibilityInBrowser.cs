using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Accessibility;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA) finds no serious or critical violation on the sign-in page, the plan overview with
/// a unit open, the PDF preview, an objective card, the card editor, the audit log, "Le mie unità" and the lifecycle panel (approval form, also showing
/// its validation messages), the premi data and a sheet's what-if, each as rendered in Chromium; minor and moderate findings go to the test output. A planted
/// violation proves the check can fail. The context bypasses the CSP only so axe can be injected (the CSP itself is
/// tested in Security/ContentSecurityPolicyInBrowser).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AccessibilityInBrowser(PiaoAppFixture app, ITestOutputHelper output)
{
    /// <summary>Runs axe and writes the minor and moderate findings (which do not fail) to the test output.</summary>
    private async Task CheckAsync(IPage page, string? include = null)
    {
        var minor = await Axe.ShouldHaveNoSeriousViolationsAsync(page, include);
        output.WriteLine(minor.Count == 0 ? $"{page.Url}: no violation" : $"{page.Url}: minor or moderate only{Environment.NewLine}{Axe.Describe(minor)}");
    }

    [Fact]
    public async Task SignInPage()
    {
        await using var browser = await app.NewPageAsync(bypassCsp: true);
        await browser.Page.GotoAsync("accedi", new() { WaitUntil = WaitUntilState.Load });
        await Expect(browser.Page.Locator("#username")).ToBeVisibleAsync();

        await CheckAsync(browser.Page);
    }

    [Fact]
    public async Task PlanOverviewWithAUnitOpen()
    {
        var planId = await (await app.SignedInAsync()).DemoPlanIdAsync();
        await using var browser = await app.NewPageAsync("segretario", bypassCsp: true);
        var overview = new PlanOverviewPage(browser);
        await overview.GotoAsync(planId);
        await overview.OpenUnitAsync("I");
        await Expect(overview.UnitObjectiveLinks("I").First).ToBeVisibleAsync();

        await CheckAsync(browser.Page);
    }

    [Fact]
    public async Task MyUnitsOfAResponsabile()
    {
        await using var browser = await app.NewPageAsync("resp1", bypassCsp: true);
        var page = new MyUnitsPage(browser);
        await page.GotoAsync();
        await Expect(page.Unit("I")).ToBeVisibleAsync();

        await CheckAsync(browser.Page);
    }

    [Fact]
    public async Task PdfPreview()
    {
        var planId = await (await app.SignedInAsync()).DemoPlanIdAsync();
        await using var browser = await app.NewPageAsync("segretario", bypassCsp: true);
        await new PlanPreviewPage(browser).GotoAsync(planId);

        await CheckAsync(browser.Page);
    }

    [Fact]
    public async Task ObjectiveCard()
    {
        var objectiveId = await (await app.SignedInAsync()).ObjectiveIdAsync("I", 1);
        await using var browser = await app.NewPageAsync("segretario", bypassCsp: true);
        var card = new ObjectiveCardPage(browser);
        await card.GotoAsync(objectiveId);

        await CheckAsync(browser.Page);
    }

    [Fact]
    public async Task CardEditorOfAnExistingCard()
    {
        var objectiveId = await (await app.SignedInAsync()).ObjectiveIdAsync("I", 1);
        await using var browser = await app.NewPageAsync("resp1", bypassCsp: true);
        await browser.Page.GotoAsync($"obiettivi/{objectiveId}/modifica", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(new CardEditorPage(browser).Form).ToBeVisibleAsync();

        await CheckAsync(browser.Page);
    }

    [Fact]
    public async Task AuditPage()
    {
        await using var browser = await app.NewPageAsync("segretario", bypassCsp: true);
        await browser.Page.GotoAsync("registro", new() { WaitUntil = WaitUntilState.Load });
        await Expect(browser.Page.Locator("h1")).ToBeVisibleAsync();

        await CheckAsync(browser.Page);
    }

    [Fact]
    public async Task LifecyclePanelWithTheApprovalFormAndItsValidationMessages()
    {
        var planId = await (await app.SignedInAsync()).DemoPlanIdAsync();
        await using var browser = await app.NewPageAsync("segretario", bypassCsp: true);
        var panel = new LifecyclePanelPage(browser);
        await panel.GotoAsync(planId);
        await Expect(panel.Unit("I")).ToBeVisibleAsync();
        await Expect(panel.ApproveForm).ToBeVisibleAsync();
        await CheckAsync(browser.Page, "[data-testid='lifecycle']");

        // The approval sent empty once the circuit is up (opening a unit proves it): the form shows its messages, and
        // the page with them is checked again. Nothing is saved while the form is invalid.
        await new PlanOverviewPage(browser).OpenUnitAsync("I");
        await panel.ApproveAsync();
        await Expect(panel.ApproveForm.Locator(".validation-message").First).ToBeVisibleAsync();
        await CheckAsync(browser.Page, "[data-testid='lifecycle']");
    }

    /// <summary>The check can fail: a button without a name and an image without alt text are reported as critical.</summary>
    [Fact]
    public async Task PremiDataAndWhatIf()
    {
        var segretario = await app.Accounts.ClientAsync("segretario");
        var planId = await segretario.DemoPlanIdAsync();
        await using var browser = await app.NewPageAsync("segretario", bypassCsp: true);
        var pages = new MoneyPages(browser);
        await pages.GotoPremiAsync(planId, 2024);
        await Expect(pages.PremiRows.First).ToBeVisibleAsync();

        await CheckAsync(browser.Page);

        var sheetId = Guid.Parse((string)(await (await app.Accounts.ClientAsync("dip1")).GetJsonAsync("api/v1/sheets/mine")).AsArray()[0]!["id"]!);
        await pages.GotoWhatIfAsync(sheetId);
        await Expect(pages.WhatIfExplanation).ToBeVisibleAsync();

        await CheckAsync(browser.Page);
    }

    [Fact]
    public async Task AxeReportsAViolationPlantedInThePage()
    {
        await using var browser = await app.NewPageAsync(bypassCsp: true);
        await browser.Page.GotoAsync("accedi", new() { WaitUntil = WaitUntilState.Load });
        await browser.Page.EvaluateAsync(
            "() => document.querySelector('main').insertAdjacentHTML('beforeend', '<button id=\"planted\"></button><img id=\"planted-img\" src=\"/favicon.png\">')");

        var violations = await Axe.RunAsync(browser.Page);

        violations.ShouldContain(v => v.Id == "button-name" && v.Impact == "critical" && v.Targets.Contains("#planted"), Axe.Describe(violations));
        violations.ShouldContain(v => v.Id == "image-alt" && v.Impact == "critical" && v.Targets.Contains("#planted-img"), Axe.Describe(violations));
        await Should.ThrowAsync<Xunit.Sdk.XunitException>(() => Axe.ShouldHaveNoSeriousViolationsAsync(browser.Page));
    }
}
