using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>The "Scarica" menu (xlsx, CSV italiano, CSV RFC 4180, ODS) on the pages that show data: its links by test id prefix.</summary>
public sealed class DownloadMenuPage(BrowserPage browser, string testId)
{
    private readonly MainLayoutPage _layout = new(browser);

    public IPage Page => browser.Page;

    public MainLayoutPage Layout => _layout;

    public ILocator Menu => Page.GetByTestId(testId);

    public ILocator Xlsx => Page.GetByTestId($"{testId}-xlsx");

    public ILocator CsvIt => Page.GetByTestId($"{testId}-csv-it");

    public ILocator CsvRfc => Page.GetByTestId($"{testId}-csv-rfc");

    public ILocator Ods => Page.GetByTestId($"{testId}-ods");

    /// <summary>Clicks a link and returns the downloaded file's suggested name and bytes (Playwright's download event).</summary>
    public async Task<(string Name, byte[] Content)> DownloadAsync(ILocator link)
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        return (download.SuggestedFilename, await File.ReadAllBytesAsync((await download.PathAsync())!));
    }
}
