using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Infrastructure.Rewards;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary>
/// <c>GET /api/v1/plans/{id}/premi.csv</c> in both dialects, parsed back and compared with the domain's summary of the
/// sheets as the sheets API shows them; who may read it; and <c>POST /api/v1/sheets/{id}/what-if</c>, which writes nothing.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PremiApi(PiaoAppFixture app)
{
    private const int Year = 2024;

    [Theory]
    [InlineData("it", ';', "it-IT")]
    [InlineData("rfc4180", ',', "")]
    public async Task TheCsvAgreesWithTheSheetsInBothDialects(string dialect, char separator, string culture)
    {
        var segretario = await app.Accounts.ClientAsync("segretario");
        var planId = await segretario.DemoPlanIdAsync();
        var expected = await ExpectedSummaryAsync(segretario);

        using var response = await segretario.GetAsync($"api/v1/plans/{planId}/premi.csv?year={Year}&dialect={dialect}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        bom.ShouldBe(dialect == "it");
        var text = Encoding.UTF8.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        text.ShouldEndWith("\r\n");
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(separator)).ToList();
        lines[0].ShouldBe(PremiCsv.Header);
        var format = CultureInfo.GetCultureInfo(culture);
        var rows = lines.Skip(1).Where(l => l[2] != "Totale").ToList();
        var totals = lines.Skip(1).Where(l => l[2] == "Totale").ToList();
        expected.Rows.Count.ShouldBeGreaterThan(0);
        rows.Select(l => (l[1], l[2], int.Parse(l[4], CultureInfo.InvariantCulture), decimal.Parse(l[5], NumberStyles.Number, format)))
            .ShouldBe(expected.Rows.Select(r => (PremiCsv.RoleLabel(r.Role), r.BandLabel, r.People, r.Money)));
        totals.Select(l => (l[1], decimal.Parse(l[5], NumberStyles.Number, format), decimal.Parse(l[6], NumberStyles.Number, format)))
            .ShouldBe(expected.Roles.Select(r => (PremiCsv.RoleLabel(r.Role), r.Money, r.DifferentiationPct)));
        rows.Sum(l => decimal.Parse(l[5], NumberStyles.Number, format)).ShouldBe(expected.Money);
        rows.ShouldAllBe(l => l[5].Contains(dialect == "it" ? ',' : '.') && !l[5].Contains(dialect == "it" ? '.' : ','));
    }

    [Fact]
    public async Task TheCsvIs401AnonymousAnd403ForWhoMayNotReadIt()
    {
        var planId = await (await app.Accounts.ClientAsync("segretario")).DemoPlanIdAsync();
        var path = $"api/v1/plans/{planId}/premi.csv?year={Year}&dialect=it";

        (await app.Accounts.NewClient().GetAnswerAsync(path)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        var resp1 = await (await app.Accounts.ClientAsync("resp1")).GetAnswerAsync(path);
        resp1.Status.ShouldBe(HttpStatusCode.Forbidden);
        resp1.MediaType.ShouldBe("application/problem+json");
        (await (await app.Accounts.ClientAsync("dip1")).GetAnswerAsync(path)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.Accounts.ClientAsync("giunta")).GetAnswerAsync(path)).Status.ShouldBe(HttpStatusCode.OK);
        (await (await app.Accounts.ClientAsync("segretario")).GetAnswerAsync($"api/v1/plans/{planId}/premi.csv?year={Year}&dialect=xls"))
            .ShouldBeProblemNaming("dialect");
    }

    [Fact]
    public async Task AWhatIfAnswersNewFiguresAndTheSheetIsUnchanged()
    {
        var niv = await app.Accounts.ClientAsync("niv");
        var id = (string)(await (await app.Accounts.ClientAsync("dip1")).GetJsonAsync("api/v1/sheets/mine")).AsArray()[0]!["id"]!;
        var before = await niv.GetAnswerAsync($"api/v1/sheets/{id}");
        var sheet = before.ShouldBeOk();
        var objective = (string)sheet["objectives"]![0]!["objectiveId"]!;

        var answer = await PostAsync(niv, $"api/v1/sheets/{id}/what-if",
            $$"""{"achievements":[{"objectiveId":"{{objective}}","pct":0}],"behaviourScores":[1,1,1,1,1,1,1,1,1,1]}""");
        var tooHigh = await PostAsync(niv, $"api/v1/sheets/{id}/what-if", $$"""{"achievements":[{"objectiveId":"{{objective}}","pct":120}]}""");
        var byTheEmployee = await PostAsync(await app.Accounts.ClientAsync("dip1"), $"api/v1/sheets/{id}/what-if", "{}");

        var view = answer.ShouldBeOk();
        view["simulated"].Number("d").ShouldBeLessThan(view["stored"].Number("d"));
        view["stored"].Number("d").ShouldBe(sheet["figures"].Number("d"));
        tooHigh.ShouldBeProblemNaming("achievements[0].pct");
        byTheEmployee.Status.ShouldBe(HttpStatusCode.Forbidden);
        (await niv.GetAnswerAsync($"api/v1/sheets/{id}")).Body.ShouldBe(before.Body);
    }

    /// <summary>The domain's summary of the year's sheets, each as the sheets API shows its figures.</summary>
    private static async Task<PremiSummaryResult> ExpectedSummaryAsync(HttpClient segretario)
    {
        var entries = new List<PremiEntry>();
        foreach (var summary in (await segretario.GetJsonAsync($"api/v1/sheets?year={Year}")).AsArray())
        {
            var sheet = await segretario.GetJsonAsync($"api/v1/sheets/{summary!["id"]}");
            if (sheet["figures"] is not JsonObject figures)
            {
                continue;
            }

            var evaluable = (bool)figures["evaluable"]!;
            entries.Add(new PremiEntry(Enum.Parse<EvaluatedRole>((string)sheet["role"]!), evaluable ? (string?)figures["bandLabel"] : null,
                evaluable ? (decimal?)figures["bandPayPct"] : null, (decimal?)figures["pay"]));
        }

        return PremiSummary.Summarise(entries);
    }

    private static async Task<ApiAnswer> PostAsync(HttpClient http, string path, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using var response = await http.SendAsync(request);
        return new ApiAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }
}
