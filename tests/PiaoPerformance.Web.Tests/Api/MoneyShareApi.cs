using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary>
/// SPEC §4.16 over HTTP, in a comune of its own in the money-share model: the stored dirigente's sheet is paid what
/// the scoring API computes for the same inputs with <c>options.weightModel = moneyShare</c> (Example 11,
/// € 1.920,00), and a fund saved with a stale version is answered 409 with nothing changed.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MoneyShareApi(PiaoAppFixture app)
{
    [Fact]
    public async Task TheStoredSheetOfAMoneyShareEnteIsPaidWhatTheScoringApiComputes()
    {
        var ente = await MoneyShareEnte.CreateAsync(app.Services);
        var niv = await app.Accounts.ClientAsync(ente.Niv, MoneyShareEnte.Password);
        var sheet = await niv.GetJsonAsync($"api/v1/sheets/{ente.SheetId}");
        var request = new JsonObject
        {
            ["role"] = "Dirigente",
            ["year"] = (int)sheet["year"]!,
            ["entePerformance"] = sheet["inputs"]!.Number("entePerformance"),
            ["objectives"] = new JsonArray(sheet["objectives"]!.AsArray().Select((o, i) => (JsonNode)new JsonObject
            {
                ["id"] = (string?)o!["code"],
                ["weight"] = o.Number("weight"),
                ["achievementPct"] = o.Number("agreedPct"),
                ["isPaymentTimes"] = i == 0,
            }).ToArray()),
            ["behaviourScores"] = new JsonArray(sheet["items"]!.AsArray().Select(i => (JsonNode)JsonValue.Create((int)i!["score"]!)).ToArray()),
            ["pay"] = new JsonObject { ["maximum"] = sheet["inputs"]!.Number("maximumPay"), ["paymentTimesMet"] = false },
            ["options"] = new JsonObject { ["weightModel"] = "moneyShare" },
        };

        var scored = (await niv.PostJsonAsync(ScoringApiClient.Sheet, request)).ShouldBeOk();
        var ownSetting = (await niv.PostJsonAsync(ScoringApiClient.Sheet, Without(request, "options"))).ShouldBeOk();

        var figures = sheet["figures"]!;
        scored.Number("pay").ShouldBe(1_920m);
        figures.Number("pay").ShouldBe(scored.Number("pay"));
        figures.Number("d").ShouldBe(scored.Number("d"));
        var lines = figures["explanation"]!.AsArray().Select(l => (string)l!).ToList();
        var money = scored["explanation"]!.AsArray().Select(l => (string)l!).SkipWhile(l => l != SheetCalculator.MoneyShareHeading).ToList();
        money.Count.ShouldBeGreaterThan(5);
        money.ShouldAllBe(line => lines.Contains(line));
        // Without the option the API reads the ente's own setting: the same model, the same pay.
        ownSetting.Number("pay").ShouldBe(1_920m);
    }

    [Fact]
    public async Task TheScoringApiRefusesAnUnknownWeightModelNamingTheField()
    {
        var niv = await app.SignedInAsync();
        var request = JsonNode.Parse("""
            {"role":"Eq","year":2024,"entePerformance":90,"objectives":[{"id":"PEG","weight":100,"achievementPct":90}],
             "behaviourScores":[4,3,4,3,4,4],"pay":{"maximum":3000},"options":{"weightModel":"quota"}}
            """)!;

        var answer = await niv.PostJsonAsync(ScoringApiClient.Sheet, request);

        answer.ShouldBeProblemNaming("options.weightModel").ShouldContain("score, moneyShare");
    }

    [Fact]
    public async Task AFundSavedWithAStaleVersionIsAnswered409AndNothingChanges()
    {
        var ente = await MoneyShareEnte.CreateAsync(app.Services);
        var segretario = await app.Accounts.ClientAsync(ente.Segretario, MoneyShareEnte.Password);
        var url = $"api/v1/plans/{ente.PlanId}/fund?year=2024";
        string Body(decimal amount, uint? version) =>
            $$"""{"amount":{{amount}},"supplementPct":30,"supplementQuotaPct":10,"organisationalPerformanceSum":4000,"headcounts":[{"orgUnitId":"{{ente.UnitId}}","area":"Istruttori","count":2}],"version":{{(version is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}}}""";

        var first = (await PutAsync(segretario, url, Body(10_000m, null))).ShouldBeOk();
        var second = (await PutAsync(segretario, url, Body(12_000m, (uint)first["version"]!))).ShouldBeOk();
        var stale = await PutAsync(segretario, url, Body(99_000m, (uint)first["version"]!));
        var read = (await segretario.GetAnswerAsync(url)).ShouldBeOk()["fund"]!;

        stale.Status.ShouldBe(HttpStatusCode.Conflict);
        stale.MediaType.ShouldBe("application/problem+json");
        ((string?)JsonNode.Parse(stale.Body)!["detail"]).ShouldBe(PerformanceFundService.Changed);
        read.Number("amount").ShouldBe(12_000m);
        read.Number("organisationalPerformanceSum").ShouldBe(4_000m);
        ((uint)read["version"]!).ShouldBe((uint)second["version"]!);
    }

    private static JsonObject Without(JsonObject request, string property)
    {
        var copy = JsonNode.Parse(request.ToJsonString())!.AsObject();
        copy.Remove(property);
        return copy;
    }

    private static async Task<ApiAnswer> PutAsync(HttpClient http, string path, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using var response = await http.SendAsync(request);
        return new ApiAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }
}
