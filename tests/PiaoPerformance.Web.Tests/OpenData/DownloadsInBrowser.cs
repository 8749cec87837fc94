using System.Text;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.OpenData;

/// <summary>
/// The "Scarica" menus in Chromium: the measurement page downloads the year's results, the list of all sheets offers
/// each plan year's sheets, an employee's own page gives their sheet alone.
/// </summary>
public sealed class DownloadsInBrowser(PiaoAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task TheMeasurementPageDownloadsTheResultsAsItalianCsv()
    {
        var niv = await App.Accounts.ClientAsync("niv");
        var planId = await niv.DemoPlanIdAsync();
        var expected = await niv.GetByteArrayAsync($"api/v1/plans/{planId}/results.csv?year=2024&dialect=it");
        var menu = new DownloadMenuPage(Browser, "results");
        await menu.Layout.GotoAsync($"piani/{planId}/misurazione?anno=2024");

        var (name, content) = await menu.DownloadAsync(menu.CsvIt);

        name.ShouldBe("risultati-2024-it.csv");
        content.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(content, 3, content.Length - 3).ShouldStartWith("anno;codice_unita;unita;codice_obiettivo;obiettivo;peso;");
        content.ShouldBe(expected);
        (await menu.Ods.GetAttributeAsync("href")).ShouldBe($"/api/v1/plans/{planId}/results.ods?year=2024");
        (await menu.CsvRfc.GetAttributeAsync("href")).ShouldBe($"/api/v1/plans/{planId}/results.csv?year=2024&dialect=rfc4180");
    }

    [Fact]
    public async Task TheListOfAllSheetsDownloadsTheYearsSheetsAsXlsx()
    {
        await App.Accounts.SignInAsync(Browser, "segretario");
        var planId = await (await App.Accounts.ClientAsync("segretario")).DemoPlanIdAsync();
        var menu = new DownloadMenuPage(Browser, "sheets-2024");
        await menu.Layout.GotoAsync("schede/tutte");

        var (name, content) = await menu.DownloadAsync(menu.Xlsx);

        name.ShouldBe("schede-2024.xlsx");
        content.Take(2).ShouldBe("PK"u8.ToArray());
        (await menu.Xlsx.GetAttributeAsync("href")).ShouldBe($"/api/v1/plans/{planId}/sheets.xlsx?year=2024");
        (await menu.Menu.GetAttributeAsync("aria-label")).ShouldBe("Scarica le schede 2024");
    }

    [Fact]
    public async Task AnEmployeeDownloadsOnlyTheirOwnSheetFromTheirPage()
    {
        await App.Accounts.SignInAsync(Browser, "dip1");
        var own = (await (await App.Accounts.ClientAsync("dip1")).GetJsonAsync("api/v1/sheets/mine")).AsArray().Where(s => (int)s!["year"]! == 2024).ToList();
        var mine = own[0]!;
        var menu = new DownloadMenuPage(Browser, "sheets-2024");
        await menu.Layout.GotoAsync("schede/mia");

        var (name, content) = await menu.DownloadAsync(menu.CsvRfc);

        name.ShouldBe("schede-2024-rfc4180.csv");
        var lines = Encoding.UTF8.GetString(content).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("anno,persona,ruolo,unita,stato,");
        lines.Skip(1).ShouldAllBe(l => l.StartsWith($"2024,{(string)mine["personName"]!},", StringComparison.Ordinal));
        lines.Length.ShouldBe(1 + own.Count);
    }
}
