using System.IO.Compression;
using System.Net;
using System.Text;
using System.Xml.Linq;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary>
/// The open data routes (issue 9, item 4): results, sheets and premi of a plan's year as CSV (two dialects), .xlsx and
/// .ods; an employee gets only their own sheet, another ente's plan is not found, who may not read premi gets 403.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OpenDataApi(PiaoAppFixture app)
{
    private const int Year = 2024;
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string OdsType = "application/vnd.oasis.opendocument.spreadsheet";

    [Theory]
    [InlineData("results")]
    [InlineData("sheets")]
    [InlineData("premi")]
    public async Task EachDataSetComesInEveryFormatWithTheSameRows(string set)
    {
        var segretario = await app.Accounts.ClientAsync("segretario");
        var planId = await segretario.DemoPlanIdAsync();
        var path = $"api/v1/plans/{planId}/{set}";

        var (it, itName) = await FileAsync(segretario, $"{path}.csv?year={Year}&dialect=it", "text/csv");
        var (rfc, rfcName) = await FileAsync(segretario, $"{path}.csv?year={Year}&dialect=rfc4180", "text/csv");
        var (xlsx, xlsxName) = await FileAsync(segretario, $"{path}.xlsx?year={Year}", XlsxType);
        var (ods, odsName) = await FileAsync(segretario, $"{path}.ods?year={Year}", OdsType);

        it.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        rfc[0].ShouldNotBe((byte)0xEF);
        var itLines = Records(Encoding.UTF8.GetString(it, 3, it.Length - 3));
        var rfcLines = Records(Encoding.UTF8.GetString(rfc));
        rfcLines.Count.ShouldBeGreaterThan(1, "the demo year has data");
        itLines.Count.ShouldBe(rfcLines.Count);
        itLines[0].ShouldBe(rfcLines[0].Replace(',', ';'));
        var odsRows = OdsRows(ods);
        odsRows.Count.ShouldBe(rfcLines.Count);
        string.Join(",", odsRows[0]).ShouldBe(rfcLines[0]);
        using (var zip = new ZipArchive(new MemoryStream(xlsx)))
        {
            zip.GetEntry("xl/workbook.xml").ShouldNotBeNull();
        }

        var prefix = set switch { "results" => "risultati", "sheets" => "schede", _ => "premi" };
        (itName, rfcName, xlsxName, odsName).ShouldBe(($"{prefix}-{Year}-it.csv", $"{prefix}-{Year}-rfc4180.csv", $"{prefix}-{Year}.xlsx", $"{prefix}-{Year}.ods"));
    }

    [Fact]
    public async Task AnEmployeeGetsOnlyTheirOwnSheetAndTheSegretarioEverySheet()
    {
        var (dip1, segretario) = (await app.Accounts.ClientAsync("dip1"), await app.Accounts.ClientAsync("segretario"));
        var planId = await segretario.DemoPlanIdAsync();
        var mine = (await dip1.GetJsonAsync("api/v1/sheets/mine")).AsArray().Where(s => (int)s!["year"]! == Year).ToList();
        var all = (await segretario.GetJsonAsync($"api/v1/sheets?year={Year}")).AsArray();

        var own = OdsRows((await FileAsync(dip1, $"api/v1/plans/{planId}/sheets.ods?year={Year}", OdsType)).Content).Skip(1).ToList();
        var every = OdsRows((await FileAsync(segretario, $"api/v1/plans/{planId}/sheets.ods?year={Year}", OdsType)).Content).Skip(1).ToList();

        mine.Count.ShouldBeGreaterThan(0);
        own.Count.ShouldBe(mine.Count);
        own.ShouldAllBe(r => r[1] == (string)mine[0]!["personName"]!);
        every.Count.ShouldBe(all.Count);
        every.Select(r => r[1]).Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task AnotherEntesPlanIsNotFoundAnonymousIs401AndPremiStayWithWhoMayReadThem()
    {
        var segretario = await app.Accounts.ClientAsync("segretario");
        var planId = await segretario.DemoPlanIdAsync();
        var other = await app.OtherEnteAsync();

        foreach (var path in new[] { "results.csv", "results.xlsx", "sheets.ods", "sheets.csv", "premi.xlsx", "premi.ods" })
        {
            var foreign = await segretario.GetAnswerAsync($"api/v1/plans/{other.PlanId}/{path}?year={Year}");
            foreign.Status.ShouldBe(HttpStatusCode.NotFound, path);
            foreign.MediaType.ShouldBe("application/problem+json", path);
            foreign.Body.ShouldNotContain(OtherEnte.Marker);
            (await app.Accounts.NewClient().GetAnswerAsync($"api/v1/plans/{planId}/{path}")).Status.ShouldBe(HttpStatusCode.Unauthorized, path);
        }

        var resp1 = await app.Accounts.ClientAsync("resp1");
        (await resp1.GetAnswerAsync($"api/v1/plans/{planId}/premi.xlsx?year={Year}")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await resp1.GetAnswerAsync($"api/v1/plans/{planId}/premi.ods?year={Year}")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await resp1.GetAnswerAsync($"api/v1/plans/{planId}/results.xlsx?year={Year}")).Status.ShouldBe(HttpStatusCode.OK);
        (await segretario.GetAnswerAsync($"api/v1/plans/{planId}/results.csv?year={Year}&dialect=xls")).ShouldBeProblemNaming("dialect");
        (await segretario.GetAnswerAsync($"api/v1/plans/{planId}/sheets.xlsx?year=2031")).ShouldBeProblemNaming("year");
    }

    private static async Task<(byte[] Content, string? FileName)> FileAsync(HttpClient http, string path, string mediaType)
    {
        using var response = await http.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path + " " + Encoding.UTF8.GetString(bytes.Take(400).ToArray()));
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType, path);
        return (bytes, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
    }

    /// <summary>The CSV's records (line ends inside quotes kept within their record).</summary>
    private static List<string> Records(string text)
    {
        var records = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }

            if (!quoted && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                records.Add(current.ToString());
                current.Clear();
                i++;
                continue;
            }

            current.Append(text[i]);
        }

        return records;
    }

    /// <summary>The .ods's rows as the texts of their cells, read from content.xml.</summary>
    internal static List<string[]> OdsRows(byte[] ods)
    {
        XNamespace table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
        XNamespace text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
        using var zip = new ZipArchive(new MemoryStream(ods));
        zip.Entries[0].FullName.ShouldBe("mimetype");
        using var stream = zip.GetEntry("content.xml")!.Open();
        return XDocument.Load(stream).Descendants(table + "table-row")
            .Select(r => r.Elements(table + "table-cell").Select(c => string.Join("\n", c.Elements(text + "p").Select(p => p.Value))).ToArray())
            .ToList();
    }
}
