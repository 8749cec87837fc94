using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Pages;

/// <summary>An objective's reporting page (<c>/obiettivi/{id}/rendicontazione?anno=</c>): progress, year-end report, acts, evidence, reopening.</summary>
public sealed class ReportPage(BrowserPage browser)
{
    public IPage Page => browser.Page;

    public ILocator Status => Page.GetByTestId("report-status");

    public ILocator Saved => Page.GetByTestId("report-saved");

    public ILocator Error => Page.GetByTestId("report-error");

    public ILocator Form => Page.GetByTestId("report-form");

    public ILocator Summary => Page.GetByTestId("report-summary");

    public ILocator EvidenceItems => Page.GetByTestId("evidence-item");

    public ILocator EvidenceLimit => Page.GetByTestId("evidence-limit");

    public ILocator UploadError => Page.GetByTestId("upload-error");

    public ILocator SubmitButton => Page.GetByTestId("submit-report");

    public async Task GotoAsync(Guid objectiveId, int year)
    {
        await Page.GotoAsync($"obiettivi/{objectiveId}/rendicontazione?anno={year}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(Status).ToBeVisibleAsync();
    }

    public Task FillAsync(string testId, string value) => Blur(Page.GetByTestId(testId), value);

    public async Task AddActAsync(string number, string dateIso)
    {
        var rows = Page.GetByTestId("act-row");
        var n = await rows.CountAsync();
        await Page.GetByTestId("add-act").ClickAsync();
        await Expect(rows).ToHaveCountAsync(n + 1);
        await Blur(rows.Nth(n).GetByTestId("act-number"), number);
        await Blur(rows.Nth(n).GetByTestId("act-date"), dateIso);
    }

    public async Task SaveAsync()
    {
        await Page.GetByTestId("save-report").ClickAsync();
        await Expect(Saved).ToHaveTextAsync("Salvato.");
    }

    public async Task UploadAsync(string fileName, string mimeType, byte[] content) =>
        await Page.GetByTestId("evidence-file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = mimeType, Buffer = content });

    private static async Task Blur(ILocator input, string value)
    {
        await input.FillAsync(value);
        await input.DispatchEventAsync("change");
    }
}
