using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>The import page (<c>/piani/{id}/importa</c>): upload, progress, problems or preview, "Conferma importazione".</summary>
public sealed class PlanImportPage(BrowserPage browser)
{
    public IPage Page => browser.Page;

    public ILocator FileInput => Page.GetByTestId("import-file");

    public ILocator Problems => Page.GetByTestId("import-problems");

    public ILocator Preview => Page.GetByTestId("import-preview");

    public ILocator Counts => Page.GetByTestId("import-counts");

    public ILocator Confirm => Page.GetByTestId("import-confirm");

    public ILocator Refused => Page.GetByTestId("import-refused");

    public async Task GotoAsync(Guid planId)
    {
        await Page.GotoAsync($"piani/{planId}/importa", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Importa obiettivi da Excel" })).ToBeVisibleAsync();
    }

    public async Task UploadAsync(string fileName, byte[] content)
    {
        await Expect(FileInput).ToBeEnabledAsync();
        await FileInput.SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = content,
        });
    }

    /// <summary>The problems table's rows as (sheet, cell, message).</summary>
    public async Task<IReadOnlyList<(string Sheet, string Cell, string Message)>> ProblemRowsAsync()
    {
        await Expect(Problems).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var rows = Problems.Locator("tbody tr");
        var result = new List<(string, string, string)>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var cells = await rows.Nth(i).Locator("td").AllInnerTextsAsync();
            result.Add((cells[0], cells[1], cells[2]));
        }

        return result;
    }
}
