using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Printing;

/// <summary>
/// The sheet PDFs from the pages (issue 8), in Chromium: dip1's "Scarica PDF" on their sheet downloads their sheet;
/// the Segretario's "Tutte le schede" list downloads a unit's sheets in one file.
/// </summary>
public sealed class SheetPdfInBrowser(PiaoAppFixture app) : BrowserTest(app)
{
    protected override string? SignedInAs => null;

    [Fact]
    public async Task TheEmployeeDownloadsTheirSheetFromTheSheetPage()
    {
        var dip1 = await App.Accounts.ClientAsync("dip1");
        var mine = (await dip1.GetJsonAsync("api/v1/sheets/mine")).AsArray().ShouldHaveSingleItem()!;
        await App.Accounts.SignInAsync(Browser, "dip1");
        var sheet = new EvaluationSheetPage(Browser);
        await sheet.GotoAsync(Guid.Parse((string)mine["id"]!));
        await Expect(sheet.Person).ToHaveTextAsync((string)mine["personName"]!);

        var link = Browser.Page.GetByTestId("sheet-pdf");
        await Expect(link).ToHaveTextAsync("Scarica PDF");
        var download = await Browser.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync(), new() { Timeout = 60_000 });
        var path = await download.PathAsync();
        var pdf = await PdfDocument.ReadAsync(await File.ReadAllBytesAsync(path), "scheda-browser");

        download.SuggestedFilename.ShouldStartWith("Scheda_2024_");
        pdf.Text.ShouldContain(DemoPlan.Normalise((string)mine["personName"]!), Case.Sensitive, pdf.Path);
        pdf.Text.Split("SCHEDA DI VALUTAZIONE DE").Length.ShouldBe(2, pdf.Path);
    }

    [Fact]
    public async Task TheEvaluatorDownloadsAUnitsSheetsFromTheirList()
    {
        await App.Accounts.SignInAsync(Browser, "segretario");
        var sheet = new EvaluationSheetPage(Browser);
        await sheet.Layout.GotoAsync("schede/tutte");
        await Expect(sheet.ListRows.First).ToBeVisibleAsync();

        var link = Browser.Page.GetByTestId("unit-pdf").First;
        await Expect(link).ToContainTextAsync("PDF di tutte le schede");
        var download = await Browser.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync(), new() { Timeout = 60_000 });
        var pdf = await PdfDocument.ReadAsync(await File.ReadAllBytesAsync(await download.PathAsync()), "schede-browser");

        download.SuggestedFilename.ShouldStartWith("Schede_");
        pdf.Text.ShouldContain("SCHEDA DI VALUTAZIONE DE", Case.Sensitive, pdf.Path);
    }
}
