using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary>
/// Reporting, the NIV's measure and the ente's performance over HTTP, each test on a comune of its own in
/// Rendicontazione (<see cref="MeasurementEnte"/>): 401, 403, 404, 400 naming the field, 409, and the numbers.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MeasurementApi(PiaoAppFixture app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% relazione sul reclutamento\n%%EOF\n");

    [Fact]
    public async Task TheResponsabileReportsWithEvidenceAndAnyoneOfTheEnteDownloadsIt()
    {
        var ente = await MeasurementEnte.CreateAsync(app.Services);
        var (head, giunta) = (await SessionAsync(ente.Head), await SessionAsync(ente.Giunta));
        var card = ente.Cards[0];

        var saved = (await SendAsync(head, HttpMethod.Put, $"api/v1/objectives/{card}/report", new
        {
            year = 2024, measuredValue = 80, reportText = "Attivate 8 procedure su 10", acts = new[] { new { number = "45", date = "2024-11-28", description = "Determina" } },
        })).ShouldBeOk();
        var upload = await UploadAsync(head, card, "relazione.pdf", Pdf);
        var file = upload.ShouldBeOk();
        using var download = await giunta.GetAsync($"api/v1/evidence/{(string?)file["id"]}");

        ((decimal?)saved["measuredValue"]).ShouldBe(80m);
        ((string?)saved["acts"]![0]!["number"]).ShouldBe("45");
        ((string?)file["type"]).ShouldBe("Pdf");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        var report = await GetAsync(giunta, $"api/v1/objectives/{card}/report?year=2024");
        report["evidence"]!.AsArray().Select(e => (string?)e!["fileName"]).ShouldBe(["relazione.pdf"]);
    }

    [Fact]
    public async Task AnUploadThatIsNotWhatItsNameSaysAndAnAchievementOf120AreRefusedNamingTheField()
    {
        var ente = await MeasurementEnte.CreateAsync(app.Services);
        var head = await SessionAsync(ente.Head);
        var card = ente.Cards[0];

        var renamed = await UploadAsync(head, card, "foto.png", Pdf);
        var executable = await UploadAsync(head, card, "relazione.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03]);
        var tooMuch = await SendAsync(head, HttpMethod.Put, $"api/v1/objectives/{card}/report", new { year = 2024, realizedPct = 120, reportText = "Oltre" });

        renamed.ShouldBeProblemNaming("file").ShouldBe("Il file «foto.png» non è ciò che il nome dichiara: il contenuto è un documento PDF. Rinominarlo con l'estensione corretta (.pdf).");
        executable.ShouldBeProblemNaming("file").ShouldContain("non è un PDF, un'immagine PNG o JPEG");
        tooMuch.ShouldBeProblemNaming("RealizedPct").ShouldBe("Percentuale realizzata: deve essere compreso tra 0 e 100 (valore indicato: 120).");
        var report = await GetAsync(head, $"api/v1/objectives/{card}/report?year=2024");
        report["evidence"]!.AsArray().ShouldBeEmpty();
        ((decimal?)report["realizedPct"]).ShouldBeNull("nothing saved");
    }

    [Fact]
    public async Task AnonymousIs401TheHeadOfAnotherUnitAndTheGiunta403AndAMadeUpObjective404()
    {
        var ente = await MeasurementEnte.CreateAsync(app.Services);
        var (other, giunta, niv) = (await SessionAsync(ente.OtherHead), await SessionAsync(ente.Giunta), await SessionAsync(ente.Niv1));
        var body = new { year = 2024, realizedPct = 100, reportText = "Fatto" };
        using var anonymous = app.Accounts.NewClient();

        (await SendAsync(anonymous, HttpMethod.Put, $"api/v1/objectives/{ente.Cards[0]}/report", body)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        Forbidden(await SendAsync(other, HttpMethod.Put, $"api/v1/objectives/{ente.Cards[0]}/report", body)).ShouldBe("Non sei responsabile di questa unità.");
        Forbidden(await SendAsync(giunta, HttpMethod.Put, $"api/v1/objectives/{ente.Cards[0]}/measurement", new { year = 2024, overridePct = 90, overrideReason = "x" }))
            .ShouldBe("Solo i componenti del NIV misurano il raggiungimento degli obiettivi.");
        Forbidden(await SendAsync(niv, HttpMethod.Put, $"api/v1/plans/{ente.PlanId}/ente-performance", new { year = 2024, value = 90 }))
            .ShouldBe("Solo l'operatore della Giunta inserisce la performance dell'ente.");
        (await SendAsync(niv, HttpMethod.Get, $"api/v1/objectives/{Guid.NewGuid()}/measurement?year=2024", null)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await SendAsync(niv, HttpMethod.Get, $"api/v1/evidence/{Guid.NewGuid()}", null)).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheNivExcludesOneDelaysOneOverridesOneWithAReasonSeesTheReweightingAndAgrees()
    {
        var ente = await MeasurementEnte.CreateAsync(app.Services);
        var head = await SessionAsync(ente.Head);
        var (niv1, niv2) = (await SessionAsync(ente.Niv1), await SessionAsync(ente.Niv2));
        foreach (var card in ente.Cards)
        {
            (await SendAsync(head, HttpMethod.Put, $"api/v1/objectives/{card}/report", new { year = 2024, measuredValue = 60, reportText = "Attivate 6 procedure su 10" })).ShouldBeOk();
        }

        var proposed = await GetAsync(niv1, $"api/v1/objectives/{ente.Cards[0]}/measurement?year=2024");
        var noReason = await SendAsync(niv1, HttpMethod.Put, $"api/v1/objectives/{ente.Cards[0]}/measurement", new { year = 2024, overridePct = 70 });
        (await SendAsync(niv1, HttpMethod.Put, $"api/v1/objectives/{ente.Cards[0]}/measurement",
            new { year = 2024, overridePct = 70, overrideReason = "Due procedure avviate il 2 gennaio per causa non imputabile" })).ShouldBeOk();
        (await SendAsync(niv1, HttpMethod.Put, $"api/v1/objectives/{ente.Cards[1]}/measurement",
            new { year = 2024, excluded = true, exclusionReason = "Situazione di fatto non verificata" })).ShouldBeOk();
        (await SendAsync(niv1, HttpMethod.Put, $"api/v1/objectives/{ente.Cards[2]}/measurement",
            new { year = 2024, thirdPartyDelay = true, thirdPartyReason = "Autorizzazione regionale mai rilasciata", thirdPartyEvidence = "Nota prot. 812/2024" })).ShouldBeOk();
        var weights = await GetAsync(niv2, $"api/v1/plans/{ente.PlanId}/units/{ente.UnitId}/weights?year=2024");

        ((decimal?)proposed["proposedPct"]).ShouldBe(50m, "60 % of procedures falls in the 40-75 step");
        noReason.ShouldBeProblemNaming("OverrideReason").ShouldBe("Motivazione della modifica del valore: campo obbligatorio.");
        var rows = weights["rows"]!.AsArray();
        rows.Select(r => (decimal)r!["originalWeight"]!).ShouldBe([50m, 30m, 20m]);
        rows.Select(r => Math.Round((decimal)r!["effectiveWeight"]!, 4)).ShouldBe([71.4286m, 0m, 28.5714m]);
        rows.Select(r => (decimal?)r!["achievementPct"]).ShouldBe([70m, null, 100m]);
        Math.Round((decimal)weights["weightedAchievement"]!, 4).ShouldBe(78.5714m, "71,4286 × 70 % + 28,5714 × 100 %");

        foreach (var card in ente.Cards)
        {
            var measure = await GetAsync(niv1, $"api/v1/objectives/{card}/measurement?year=2024");
            measure = (await SendAsync(niv1, HttpMethod.Post, $"api/v1/objectives/{card}/measurement/sign-off", new { year = 2024, version = (uint?)measure["version"] })).ShouldBeOk();
            measure = (await SendAsync(niv2, HttpMethod.Post, $"api/v1/objectives/{card}/measurement/sign-off", new { year = 2024, version = (uint?)measure["version"] })).ShouldBeOk();
            ((bool)(await SendAsync(niv2, HttpMethod.Post, $"api/v1/objectives/{card}/measurement/agree", new { year = 2024, version = (uint?)measure["version"] })).ShouldBeOk()["isFinal"]!)
                .ShouldBeTrue();
        }

        var agreed = (await GetAsync(head, $"api/v1/plans/{ente.PlanId}/achievements?year=2024")).AsArray();
        agreed.Count.ShouldBe(3);
        var excluded = agreed.Single(a => (string?)a!["objectiveId"] == ente.Cards[1].ToString())!;
        ((bool)excluded["excluded"]!, (decimal?)excluded["achievementPct"]).ShouldBe((true, null));
    }

    [Fact]
    public async Task TheGiuntaEntersTheEntesPerformanceTheNivValidatesItAndAStaleVersionIsAConflict()
    {
        var ente = await MeasurementEnte.CreateAsync(app.Services);
        var (giunta, niv) = (await SessionAsync(ente.Giunta), await SessionAsync(ente.Niv1));
        var url = $"api/v1/plans/{ente.PlanId}/ente-performance";

        var entered = (await SendAsync(giunta, HttpMethod.Put, url, new { year = 2024, value = 96, note = "Relazione sulla performance 2024" })).ShouldBeOk();
        var stale = await SendAsync(giunta, HttpMethod.Put, url, new { year = 2024, value = 95 });
        var validated = (await SendAsync(niv, HttpMethod.Post, url + "/validate", new { year = 2024, version = (uint?)entered["version"] })).ShouldBeOk();

        stale.Status.ShouldBe(HttpStatusCode.Conflict);
        ((decimal?)validated["value"], (bool)validated["isValidated"]!).ShouldBe((96m, true));
        (await SendAsync(giunta, HttpMethod.Put, url, new { year = 2024, value = 150, version = (uint?)validated["version"] })).ShouldBeProblemNaming("Value");
    }

    private Task<HttpClient> SessionAsync(string username) => app.Accounts.ClientAsync(username, MeasurementEnte.Password);

    private static async Task<ApiAnswer> SendAsync(HttpClient http, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request);
        return new ApiAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static async Task<ApiAnswer> UploadAsync(HttpClient http, Guid objectiveId, string fileName, byte[] content)
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await http.PostAsync($"api/v1/objectives/{objectiveId}/report/evidence?year=2024&fileName={Uri.EscapeDataString(fileName)}", body);
        return new ApiAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonNode> GetAsync(HttpClient http, string path) => (await SendAsync(http, HttpMethod.Get, path, null)).ShouldBeOk();

    private static string Forbidden(ApiAnswer answer)
    {
        answer.Status.ShouldBe(HttpStatusCode.Forbidden, answer.Body);
        return (string)JsonNode.Parse(answer.Body)!["detail"]!;
    }
}
