using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>The money pages (issue 7): "Fondo e premi", "Dati relativi ai premi", the differentiation check and a sheet's what-if.</summary>
public sealed class MoneyPages(BrowserPage browser)
{
    private readonly MainLayoutPage _layout = new(browser);

    public IPage Page => browser.Page;

    public MainLayoutPage Layout => _layout;

    public Task GotoPremiAsync(Guid planId, int year) => _layout.GotoAsync($"piani/{planId}/premi?anno={year}");

    public Task GotoFundAsync(Guid planId, int year) => _layout.GotoAsync($"piani/{planId}/fondo?anno={year}");

    public Task GotoDifferentiationAsync(Guid planId, int year) => _layout.GotoAsync($"piani/{planId}/differenziazione?anno={year}");

    public Task GotoWhatIfAsync(Guid sheetId) => _layout.GotoAsync($"schede/{sheetId}/simulazione");

    public ILocator PremiRows => Page.GetByTestId("premi-row");

    public ILocator PremiMoney => Page.GetByTestId("premi-money");

    public ILocator PremiPeople => Page.GetByTestId("premi-people");

    public ILocator CsvIt => Page.GetByTestId("premi-csv-it");

    public ILocator CsvRfc => Page.GetByTestId("premi-csv-rfc");

    public ILocator DifferentiationRows => Page.GetByTestId("diff-row");

    public ILocator FundAmount => Page.GetByTestId("fund-amount");

    public ILocator FundSave => Page.GetByTestId("fund-save");

    public ILocator FundSaved => Page.GetByTestId("fund-saved");

    public ILocator FundPotsTotal => Page.GetByTestId("fund-pots-total");

    public ILocator FundPots => Page.GetByTestId("fund-pot");

    public ILocator FundMaxima => Page.GetByTestId("fund-maximum");

    public ILocator FundError => Page.GetByTestId("fund-error");

    public ILocator FundOrganisationalSum => Page.GetByTestId("fund-organisational");

    /// <summary>The money-share list (SPEC §4.16): one row per person with shares, achievements and pay.</summary>
    public ILocator FundShares => Page.GetByTestId("fund-shares");

    public ILocator FundSharePays => Page.GetByTestId("fund-share-pay");

    public ILocator HeadcountInput(int unitRow, int area) => Page.Locator($"#hc-{unitRow}-{area}");

    public ILocator FieldMessages => Page.Locator(".validation-message");

    public ILocator WhatIfD => Page.GetByTestId("whatif-d");

    public ILocator StoredD => Page.GetByTestId("stored-d");

    public ILocator WhatIfBand => Page.GetByTestId("whatif-band");

    public ILocator WhatIfPay => Page.GetByTestId("whatif-pay");

    public ILocator WhatIfExplanation => Page.GetByTestId("whatif-explanation");

    public ILocator Scores => Page.GetByTestId("whatif-score");

    public ILocator Percentages => Page.GetByTestId("whatif-pct");

    public ILocator Exclusions => Page.GetByTestId("whatif-excluded");

    public ILocator PctErrors => Page.GetByTestId("whatif-pct-error");
}
