using System.Globalization;
using System.Net;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Printing;

/// <summary>
/// <c>GET /api/v1/plans/{id}/premi.pdf?year=</c> and <c>GET /api/v1/plans/{id}/relazione.pdf?year=</c> (issue 10): the
/// demo 2024 premi summary and Relazione read back with poppler hold the API's numbers and the charts' data, as PDF/A-2b;
/// the premi summary is refused to who may not read the premi data.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ReportPdf(PiaoAppFixture app)
{
    private static readonly CultureInfo It = CultureInfo.GetCultureInfo("it-IT");

    [Fact]
    public async Task ThePremiSummaryPrintsThePremiApisNumbersAndItsCharts()
    {
        var segretario = await app.Accounts.ClientAsync("segretario");
        var planId = await segretario.DemoPlanIdAsync();
        var summary = (await segretario.GetJsonAsync($"api/v1/plans/{planId}/premi?year=2024"))["summary"]!;

        using var response = await segretario.GetAsync($"api/v1/plans/{planId}/premi.pdf?year=2024");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/pdf");
        var pdf = await PdfDocument.ReadAsync(await response.Content.ReadAsByteArrayAsync(), "premi");
        var text = DemoPlan.Normalise(pdf.Text);
        text.ShouldContain("Dati relativi ai premi – anno 2024", Case.Sensitive, pdf.Path);
        text.ShouldContain("Premi per fascia, anno 2024", Case.Sensitive, pdf.Path);
        text.ShouldContain("Distribuzione delle schede per fascia, anno 2024", Case.Sensitive, pdf.Path);
        text.ShouldContain("Dati del grafico", Case.Sensitive, pdf.Path);
        text.ShouldContain($"totale € {summary.Number("money").ToString("#,0.00", It)}", Case.Sensitive, pdf.Path);
        foreach (var row in summary["rows"]!.AsArray())
        {
            text.ShouldContain($"€ {row.Number("money").ToString("#,0.00", It)}", Case.Sensitive, pdf.Path);
            text.ShouldContain((string)row!["bandLabel"]!, Case.Sensitive, pdf.Path);
        }

        var meta = await pdf.MetadataAsync();
        meta.ShouldContain("pdfaid:part='2'");
        meta.ShouldContain("pdfaid:conformance='B'");
    }

    [Fact]
    public async Task TheRelazionePrintsEveryUnitAndStrategicObjectiveWithTheirAchievement()
    {
        var niv = await app.Accounts.ClientAsync("niv");
        var planId = await niv.DemoPlanIdAsync();
        var plan = await niv.GetJsonAsync($"api/v1/plans/{planId}");

        using var response = await niv.GetAsync($"api/v1/plans/{planId}/relazione.pdf?year=2024");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pdf = await PdfDocument.ReadAsync(await response.Content.ReadAsByteArrayAsync(), "relazione");
        var text = PdfDocument.WithoutHyphens(pdf.Text);
        text.ShouldContain(PdfDocument.WithoutHyphens("Relazione sulla performance – anno 2024"), Case.Sensitive, pdf.Path);
        text.ShouldContain(PdfDocument.WithoutHyphens("Raggiungimento degli obiettivi per unità, anno 2024"), Case.Sensitive, pdf.Path);
        text.ShouldContain(PdfDocument.WithoutHyphens("Raggiungimento per obiettivo strategico, anno 2024"), Case.Sensitive, pdf.Path);
        text.ShouldContain(PdfDocument.WithoutHyphens("Nessuna misurazione concordata dal NIV"), Case.Sensitive, pdf.Path);
        (await pdf.MetadataAsync()).ShouldContain("pdfaid:part='2'");
        plan["units"]!.AsArray().Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task TheRelazionePrintsTheEnginesWeightedAchievementOfTheAgreedMeasures()
    {
        var ente = await MeasurementEnte.CreateAsync(app.Services);
        await AgreedMeasures.AgreeSettoreIAsync(app, ente);
        var niv1 = await app.Accounts.ClientAsync(ente.Niv1, MeasurementEnte.Password);

        var weighted = (await niv1.GetJsonAsync($"api/v1/plans/{ente.PlanId}/units/{ente.UnitId}/weights?year=2024")).Number("weightedAchievement");
        using var response = await niv1.GetAsync($"api/v1/plans/{ente.PlanId}/relazione.pdf?year=2024");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pdf = await PdfDocument.ReadAsync(await response.Content.ReadAsByteArrayAsync(), "relazione-misurata");
        var expected = $"{Math.Round(weighted, 2).ToString("0.##", It)} %";
        expected.ShouldBe("77,14 %", "71,4286 × 70 % + 28,5714 × 95 %");
        pdf.Text.ShouldContain(expected, Case.Sensitive, pdf.Path);
        pdf.Text.ShouldContain("non ancora calcolabile (0 di 1 concordati)", Case.Sensitive, pdf.Path);
    }

    [Fact]
    public async Task AResponsabileMayNotPrintThePremiSummaryAndAnotherYearIsRefused()
    {
        var resp1 = await app.Accounts.ClientAsync("resp1");
        var planId = await resp1.DemoPlanIdAsync();

        using var denied = await resp1.GetAsync($"api/v1/plans/{planId}/premi.pdf?year=2024");
        using var outside = await (await app.Accounts.ClientAsync("segretario")).GetAsync($"api/v1/plans/{planId}/relazione.pdf?year=2031");
        using var unknown = await resp1.GetAsync($"api/v1/plans/{Guid.NewGuid()}/relazione.pdf?year=2024");

        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
