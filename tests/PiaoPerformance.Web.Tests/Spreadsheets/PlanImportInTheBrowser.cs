using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Spreadsheets;

/// <summary>
/// The Segretario brings the demo plan's workbook back in through the page: a wrong weight and a formula are listed
/// with their cells and nothing is offered to confirm; the untouched workbook previews as all unchanged. The demo
/// plan is shared by the suite, so nothing is confirmed here (saving is covered by PlanWorkbookImportTests).
/// </summary>
public sealed class PlanImportInTheBrowser(PiaoAppFixture app) : BrowserTest(app)
{
    protected override string? SignedInAs => "segretario";

    [Fact]
    public async Task WrongCellsAreListedWithTheirAddressAndTheUntouchedWorkbookPreviewsAsUnchanged()
    {
        var api = await App.Accounts.ClientAsync("segretario");
        var planId = await api.DemoPlanIdAsync();
        var workbook = await api.GetByteArrayAsync($"api/v1/plans/{planId}/plan.xlsx");
        var page = new PlanImportPage(Browser);
        await page.GotoAsync(planId);

        await page.UploadAsync("piano.xlsx", Broken(workbook));
        var problems = await page.ProblemRowsAsync();

        problems.ShouldContain(p => p.Sheet == "Obiettivi" && p.Cell == "R2" && p.Message.Contains("formula", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Sheet == "Obiettivi" && p.Cell == "F2" && p.Message.Contains("numero intero", StringComparison.Ordinal));
        problems.ShouldNotContain(p => p.Message.Contains("non è il Rif.", StringComparison.Ordinal), "a row already reported is not reported again through the rows that name it");
        await Expect(page.Confirm).ToHaveCountAsync(0);
        Directory.CreateDirectory(ScreenshotFolder);
        await Browser.Page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "import-piano.png"), FullPage = true });

        await page.UploadAsync("piano.xlsx", workbook);

        await Expect(page.Preview).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Counts).ToContainTextAsync("0 da creare, 0 da aggiornare");
        await Expect(page.Confirm).ToBeDisabledAsync();
        await Expect(page.Problems).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TheGiuntaIsToldWhyItCannotImport()
    {
        await App.Accounts.SignInAsync(Browser, "giunta");
        var planId = await (await App.Accounts.ClientAsync("giunta")).DemoPlanIdAsync();
        var page = new PlanImportPage(Browser);

        await page.GotoAsync(planId);

        await Expect(page.Refused).ToContainTextAsync("Solo il Segretario o il responsabile");
        await Expect(page.FileInput).ToHaveCountAsync(0);
    }

    /// <summary>docs/img, where the user guide's screenshot lives (the repository root is found from the test's folder).</summary>
    private static string ScreenshotFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PiaoPerformance.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        }
    }

    /// <summary>The workbook with the first card's weight as a formula and its number as text.</summary>
    private static byte[] Broken(byte[] workbook)
    {
        using var buffer = new MemoryStream();
        buffer.Write(workbook);
        using (var document = SpreadsheetDocument.Open(buffer, true))
        {
            var part = (WorksheetPart)document.WorkbookPart!.GetPartById(
                document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Obiettivi").Id!);
            var cells = part.Worksheet.Descendants<Cell>().ToList();
            var weight = cells.Single(c => c.CellReference == "R2");
            weight.RemoveAllChildren();
            weight.CellFormula = new CellFormula("10+20");
            var number = cells.Single(c => c.CellReference == "F2");
            number.RemoveAllChildren();
            number.DataType = CellValues.InlineString;
            number.InlineString = new InlineString(new Text("primo"));
            part.Worksheet.Save();
        }

        return buffer.ToArray();
    }
}
