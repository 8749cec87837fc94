using System.Net;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Formatting;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Printing;

/// <summary>
/// <c>GET /api/v1/sheets/{id}/pdf</c> and <c>GET /api/v1/units/{id}/sheets.pdf?year=</c> (issue 8): the demo
/// employee's sheet read back with poppler, the sheet's access rules, and a unit's sheets one per page start.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SheetPdf(PiaoAppFixture app)
{
    private const string SheetHeading = "SCHEDA DI VALUTAZIONE DE";

    [Fact]
    public async Task TheDemoSheetPrintsPersonRoleComponentsAndTheApisD()
    {
        var dip1 = await app.Accounts.ClientAsync("dip1");
        var id = (string)(await dip1.GetJsonAsync("api/v1/sheets/mine")).AsArray().ShouldHaveSingleItem()!["id"]!;
        var sheet = await dip1.GetJsonAsync($"api/v1/sheets/{id}");

        using var response = await dip1.GetAsync($"api/v1/sheets/{id}/pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/pdf");
        var pdf = await PdfDocument.ReadAsync(await response.Content.ReadAsByteArrayAsync(), "scheda");
        var text = pdf.Text;

        text.ShouldContain(DemoPlan.Normalise((string)sheet["personName"]!), Case.Sensitive, pdf.Path);
        text.ShouldContain("SCHEDA DI VALUTAZIONE DEI DIPENDENTI", Case.Sensitive, pdf.Path);
        text.ShouldContain("Ruolo Dipendente", Case.Sensitive, pdf.Path);
        text.ShouldContain("COMPONENTE A – PERFORMANCE DELL'ENTE", Case.Sensitive, pdf.Path);
        text.ShouldContain("COMPONENTE B – OBIETTIVI", Case.Sensitive, pdf.Path);
        text.ShouldContain("COMPONENTE C – COMPORTAMENTI", Case.Sensitive, pdf.Path);
        text.ShouldContain("Firma del valutatore", Case.Sensitive, pdf.Path);
        text.ShouldContain("Firma del valutato per presa visione", Case.Sensitive, pdf.Path);
        var d = sheet["figures"] is JsonObject figures ? Fmt.Number((decimal)figures["d"]!) : "—";
        text.ShouldContain($"TOTALE PUNTEGGIO SCHEDA D = (A+B+C) {d}", Case.Sensitive, pdf.Path);
        foreach (var item in sheet["items"]!.AsArray())
        {
            PdfDocument.WithoutHyphens(text).ShouldContain(PdfDocument.WithoutHyphens((string)item!["code"]!), Case.Sensitive, pdf.Path);
        }

        if ((string?)sheet["state"] == "Bozza")
        {
            pdf.Pages.ShouldAllBe(page => page.Contains("BOZZA", StringComparison.Ordinal), pdf.Path);
            (response.Content.Headers.ContentDisposition?.FileNameStar ?? "").ShouldEndWith("_BOZZA.pdf");
        }

        var meta = await pdf.MetadataAsync();
        meta.ShouldContain("pdfaid:part='2'");
        meta.ShouldContain("pdfaid:conformance='B'");
    }

    [Fact]
    public async Task AnEmployeeGetsTheirOwnSheetsPdfNotAColleaguesAndAnonymousGets401()
    {
        var dip1 = await app.Accounts.ClientAsync("dip1");
        var segretario = await app.Accounts.ClientAsync("segretario");
        var mine = (await dip1.GetJsonAsync("api/v1/sheets/mine")).AsArray().ShouldHaveSingleItem()!;
        var colleague = (await segretario.GetJsonAsync("api/v1/sheets?year=2024")).AsArray()
            .First(s => (string?)s!["personId"] != (string?)mine["personId"])!;

        using var own = await dip1.GetAsync($"api/v1/sheets/{mine["id"]}/pdf");
        using var other = await dip1.GetAsync($"api/v1/sheets/{colleague["id"]}/pdf");
        using var anonymous = await app.Accounts.NewClient().GetAsync($"api/v1/sheets/{mine["id"]}/pdf");
        using var anonymousUnit = await app.Accounts.NewClient().GetAsync($"api/v1/units/{mine["orgUnitId"]}/sheets.pdf?year={mine["year"]}");

        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        other.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.Content.ReadAsStringAsync()).ShouldNotContain((string)colleague["personName"]!);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        anonymousUnit.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AUnitsBatchHasEverySheetTheCallerMayReadEachFromANewPage()
    {
        var segretario = await app.Accounts.ClientAsync("segretario");
        var dip1 = await app.Accounts.ClientAsync("dip1");
        var mine = (await dip1.GetJsonAsync("api/v1/sheets/mine")).AsArray().ShouldHaveSingleItem()!;
        var (unit, year) = ((string)mine["orgUnitId"]!, (int)mine["year"]!);
        var expected = (await segretario.GetJsonAsync($"api/v1/sheets?year={year}")).AsArray()
            .Where(s => (string?)s!["orgUnitId"] == unit).Select(s => DemoPlan.Normalise((string)s!["personName"]!)).ToList();
        expected.Count.ShouldBeGreaterThan(1, "the demo unit has more than one sheet");

        using var response = await segretario.GetAsync($"api/v1/units/{unit}/sheets.pdf?year={year}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pdf = await PdfDocument.ReadAsync(await response.Content.ReadAsByteArrayAsync(), "schede-unita");

        // Each sheet's heading opens a page: count the pages whose text starts (after the running header) with it.
        var starts = pdf.Pages.Where(p => p.Contains(SheetHeading, StringComparison.Ordinal)).ToList();
        starts.Count.ShouldBe(expected.Count, pdf.Path);
        pdf.Text.Split(SheetHeading).Length.ShouldBe(expected.Count + 1, pdf.Path);
        starts.ShouldAllBe(p => p.IndexOf(SheetHeading, StringComparison.Ordinal) < 200, pdf.Path);
        foreach (var person in expected)
        {
            pdf.Text.ShouldContain(person, Case.Sensitive, pdf.Path);
        }

        // The employee's batch of the same unit is their own sheet alone.
        using var own = await dip1.GetAsync($"api/v1/units/{unit}/sheets.pdf?year={year}");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        var ownPdf = await PdfDocument.ReadAsync(await own.Content.ReadAsByteArrayAsync(), "schede-unita-dip1");
        ownPdf.Text.Split(SheetHeading).Length.ShouldBe(2, ownPdf.Path);
        ownPdf.Text.ShouldContain(DemoPlan.Normalise((string)mine["personName"]!));
    }

    [Fact]
    public async Task AnotherEntesSheetOrUnitIsNotFoundAndAUnitWithoutSheetsIs404()
    {
        var other = await app.OtherEnteAsync();
        var segretario = await app.Accounts.ClientAsync("segretario");

        using var sheet = await segretario.GetAsync($"api/v1/sheets/{other.SheetId}/pdf");
        using var unit = await segretario.GetAsync($"api/v1/units/{other.UnitId}/sheets.pdf?year=2024");
        using var noYear = await segretario.GetAsync($"api/v1/units/{(string)(await (await app.Accounts.ClientAsync("dip1")).GetJsonAsync("api/v1/sheets/mine")).AsArray()[0]!["orgUnitId"]!}/sheets.pdf?year=1999");

        sheet.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        noYear.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
