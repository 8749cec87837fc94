using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>The Amministratore's set-up page (<c>/impostazioni</c>): ente, units, people, lookups, evaluation parameters.</summary>
public sealed class SettingsPage(BrowserPage browser)
{
    public IPage Page => browser.Page;

    public ILocator AccessDenied => Page.GetByTestId("access-denied");

    public ILocator Lookups => Page.GetByTestId("settings-lookups");

    public ILocator DupCodes => Lookups.GetByTestId("dup-codes");

    public ILocator DupCodeInput => Lookups.GetByTestId("dup-code");

    public ILocator DupDescriptionInput => Lookups.GetByTestId("dup-description");

    public ILocator DupAdd => Lookups.GetByTestId("dup-add");

    public ILocator DupSaved => Lookups.GetByTestId("dup-saved");

    /// <summary>The validation message under the DUP code field.</summary>
    public ILocator DupCodeMessage => Lookups.Locator(".form-field").Filter(new() { Has = Page.GetByTestId("dup-code") }).Locator(".validation-message");

    public ILocator Evaluation => Page.GetByTestId("settings-evaluation");

    public ILocator Share(string role, char component) => Evaluation.GetByTestId($"share-{role}-{char.ToLowerInvariant(component)}");

    /// <summary>The messages in the shares table (one per role whose shares are wrong).</summary>
    public ILocator SharesMessages => Evaluation.GetByTestId("eval-shares").Locator(".validation-message");

    public ILocator EvaluationSave => Evaluation.GetByTestId("eval-save");

    public ILocator EvaluationSaved => Evaluation.GetByTestId("eval-saved");

    /// <summary>SPEC §4.16: how the objectives' weights are read (points of the score or shares of the money).</summary>
    public ILocator WeightModel => Evaluation.GetByTestId("eval-weight-model");

    public ILocator WeightModelHelp => Evaluation.GetByTestId("eval-weight-model-help");

    public ILocator SegretarioShare => Evaluation.GetByTestId("eval-segretario-share");

    /// <summary>The "Piani" link of the side menu: an in-app navigation away from the page.</summary>
    public ILocator NavPlans => Page.Locator(".sidebar-wrapper a[href='/piani']");

    /// <summary>A link of the page's own table of contents ("#persone"): stays on the page.</summary>
    public ILocator TocLink(string fragment) => Page.Locator($".settings-toc a[href='/impostazioni#{fragment}']");

    public ILocator PersonGivenName => Page.Locator("#person-given");

    /// <summary>"Modifica" on the first person of the list: loads them into the person form.</summary>
    public ILocator EditFirstPerson => Page.GetByTestId("people").GetByTestId("person-row").First.GetByRole(AriaRole.Button);

    public ILocator PersonCancel => Page.Locator("form").Filter(new() { Has = PersonGivenName }).GetByRole(AriaRole.Button, new() { Name = "Annulla" });

    public async Task GotoAsync()
    {
        await Page.GotoAsync("impostazioni", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Impostazioni dell'ente");
    }

    public Task MarkDocumentAsync() => Page.EvaluateAsync("() => { window.__marker = 1; }");

    public Task<bool> DocumentIsMarkedAsync() => Page.EvaluateAsync<bool>("() => window.__marker === 1");

    public async Task AddDupCodeAsync(string code, string description)
    {
        await DupCodeInput.FillAsync(code);
        await DupDescriptionInput.FillAsync(description);
        await DupAdd.ClickAsync();
    }
}
