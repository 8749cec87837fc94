using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Printing;

/// <summary>
/// The preview page shows the same component the PDF prints (<c>PiaoDocument</c>), and its button downloads the
/// PDF with progress; the plan page links to it.
/// </summary>
public sealed class PlanPreviewInBrowser(PiaoAppFixture app) : BrowserTest(app)
{
    protected override string? SignedInAs => "segretario";

    [Fact]
    public async Task ThePlanPageLinksToThePreviewWhichShowsEveryTitleOfThePdf()
    {
        var planId = await (await App.SignedInAsync()).DemoPlanIdAsync();
        await Browser.Page.GotoAsync($"piani/{planId}");
        await Browser.Page.GetByTestId("plan-pdf").ClickAsync();
        await Browser.Page.WaitForURLAsync($"**/piani/{planId}/anteprima");
        var preview = new PlanPreviewPage(Browser);
        await Expect(preview.Document).ToBeVisibleAsync();

        var text = DemoPlan.Normalise(await preview.Document.InnerTextAsync());
        var titles = DemoPlan.Units.SelectMany(u => u.ObjectiveTitles.Prepend(u.Heading))
            .Concat(DemoPlan.CrossCutting.SelectMany(s => s.Children.Select(c => c.Title).Prepend(s.Title)))
            .Select(DemoPlan.Normalise);
        titles.Where(t => !text.Contains(t, StringComparison.Ordinal)).ShouldBeEmpty();
        text.ShouldContain("BOZZA");
        text.ShouldContain("Percentuale di raggiungimento");
        Browser.Log.ShouldBeEmpty();
    }

    [Fact]
    public async Task ScaricaPdfShowsProgressThenDownloadsThePdfA()
    {
        var preview = new PlanPreviewPage(Browser);
        await preview.GotoAsync(await (await App.SignedInAsync()).DemoPlanIdAsync());

        var download = await preview.DownloadAsync();

        download.SuggestedFilename.ShouldBe("PIAO_2024-2026_Sottosezione_2.2_Performance_Comune_di_Cassano_delle_Murge_BOZZA.pdf");
        var path = await download.PathAsync();
        var pdf = await PdfDocument.ReadAsync(await File.ReadAllBytesAsync(path), "preview");
        (await pdf.MetadataAsync()).ShouldContain("pdfaid:part='2'");
        PdfDocument.WithoutHyphens(pdf.Text).ShouldContain(PdfDocument.WithoutHyphens(DemoPlan.Unit("SEG").ObjectiveTitles[^1]));
        await Expect(preview.Progress).ToContainTextAsync("PDF pronto");
        await Expect(preview.DownloadButton).ToBeEnabledAsync();
    }
}
