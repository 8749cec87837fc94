using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary>
/// <c>GET /api/v1/plans/{id}/plan.xlsx</c> and <c>POST /api/v1/plans/{id}/import</c> (multipart, field <c>file</c>):
/// the demo plan's own workbook previews as all unchanged, a wrong file answers 422 with the reason, and a role that
/// may not import gets 403. Nothing here saves (dry runs and refusals), so the shared demo plan stays as it is.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PlanWorkbookApi(PiaoAppFixture app)
{
    [Fact]
    public async Task TheDemoPlansWorkbookDownloadsAndPreviewsAsAllUnchanged()
    {
        var segretario = await app.Accounts.ClientAsync("segretario");
        var planId = await segretario.DemoPlanIdAsync();

        using var download = await segretario.GetAsync($"api/v1/plans/{planId}/plan.xlsx");
        var workbook = await download.Content.ReadAsByteArrayAsync();
        using var preview = await PostAsync(segretario, planId, workbook, "piano.xlsx", dryRun: true);
        var answer = JsonNode.Parse(await preview.Content.ReadAsStringAsync())!;

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("piano-2024-2026.xlsx");
        SheetNames(workbook).ShouldBe(["Leggimi", "Obiettivi", "Indicatori", "Attese", "Fasi", "Regole", "Contributi", "Elenchi"]);
        preview.StatusCode.ShouldBe(HttpStatusCode.OK, answer.ToJsonString());
        ((int)answer["created"]!, (int)answer["updated"]!, (bool)answer["saved"]!).ShouldBe((0, 0, false));
        ((int)answer["unchanged"]!).ShouldBe(DemoPlan.UnitObjectiveCount + DemoPlan.CrossCutting.Count + DemoPlan.CrossCutting.Sum(c => c.Children.Count));
        answer["errors"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task APdfRenamedToXlsxAnswers422WithTheReason()
    {
        var segretario = await app.Accounts.ClientAsync("segretario");
        var planId = await segretario.DemoPlanIdAsync();

        using var response = await PostAsync(segretario, planId, Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF"), "piano.xlsx", dryRun: false);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = answer["errors"]!.AsArray().ShouldHaveSingleItem()!;
        ((string)error["message"]!).ShouldContain("è un PDF");
        ((string)error["cell"]!).ShouldBeEmpty();
        ((bool)answer["saved"]!).ShouldBeFalse();
    }

    [Fact]
    public async Task TheGiuntaMayNotImportAndARequestWithoutTheFileFieldIsNamed()
    {
        var giunta = await app.Accounts.ClientAsync("giunta");
        var segretario = await app.Accounts.ClientAsync("segretario");
        var planId = await segretario.DemoPlanIdAsync();

        using var forbidden = await PostAsync(giunta, planId, [1, 2, 3], "piano.xlsx", dryRun: true);
        using var missing = await segretario.PostAsync($"api/v1/plans/{planId}/import?dryRun=true", new MultipartFormDataContent { { new StringContent("x"), "altro" } });

        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("campo «file»");
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid planId, byte[] content, string fileName, bool dryRun)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var form = new MultipartFormDataContent { { file, "file", fileName } };
        return await client.PostAsync($"api/v1/plans/{planId}/import?dryRun={(dryRun ? "true" : "false")}", form);
    }

    private static List<string> SheetNames(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        return document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
    }
}
