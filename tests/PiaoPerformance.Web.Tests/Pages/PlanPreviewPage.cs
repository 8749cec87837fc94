using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>The PDF preview (<c>/piani/{id}/anteprima</c>): the document as the PDF prints it, and "Scarica PDF".</summary>
public sealed class PlanPreviewPage(BrowserPage browser)
{
    public IPage Page => browser.Page;

    public ILocator Document => Page.GetByTestId("piao-document");

    public ILocator DownloadButton => Page.GetByTestId("download-pdf");

    public ILocator Progress => Page.GetByTestId("pdf-progress");

    public async Task GotoAsync(Guid planId)
    {
        await Page.GotoAsync($"piani/{planId}/anteprima", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(Document).ToBeVisibleAsync();
    }

    /// <summary>Clicks "Scarica PDF" once the circuit is up and returns the downloaded file.</summary>
    public async Task<IDownload> DownloadAsync()
    {
        await Expect(DownloadButton).ToBeEnabledAsync();
        return await Page.RunAndWaitForDownloadAsync(() => DownloadButton.ClickAsync(), new() { Timeout = 60_000 });
    }
}
