using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary>
/// "Pesi uguali" over HTTP as resp1: the offers name only the units they head (Settore I, and their interim part of VI), a stale token is 409, the right one gives every
/// card 12 (60 over 5). Settore I's weights are put back through the card API at the end.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class EqualWeightsApi(PiaoAppFixture app)
{
    [Fact]
    public async Task Resp1EqualisesSettoreIWithTheOfferedVersionsAndAStaleOfferIsAConflict()
    {
        var resp1 = await app.Accounts.ClientAsync("resp1");
        var plan = await resp1.DemoPlanAsync();
        var planId = (string)plan["id"]!;
        var unit = plan["units"]!.AsArray().Single(u => (string?)u!["code"] == "I")!;
        var cards = unit["objectives"]!.AsArray().Select(c => c!).ToList();

        var me = (string)(await resp1.GetJsonAsync("api/v1/auth/me"))["displayName"]!;
        var headed = plan["units"]!.AsArray().Where(u => u!["managers"]!.AsArray().Any(m => (string?)m!["name"] == me)).Select(u => (string)u!["id"]!);
        var offers = (await resp1.GetJsonAsync($"api/v1/plans/{planId}/equal-weights")).AsArray().Select(o => o!).ToList();
        offers.Select(o => (string)o["unitId"]!).Distinct().Order().ShouldBe(headed.Order(), "offers only for the units resp1 heads");
        var offer = offers.Single(o => (string?)o["unitId"] == (string?)unit["id"]);
        var versions = offer["versions"]!.AsObject();
        versions.Select(v => v.Key).Order().ShouldBe(cards.Select(c => (string)c["id"]!).Order());
        var stale = versions.ToDictionary(v => v.Key, v => (uint)v.Value! + 1);
        try
        {
            using var conflict = await resp1.PostAsJsonAsync($"api/v1/plans/{planId}/units/{unit["id"]}/equal-weights",
                new { responsiblePersonId = offer["responsiblePersonId"], versions = stale });
            conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);

            using var applied = await resp1.PostAsJsonAsync($"api/v1/plans/{planId}/units/{unit["id"]}/equal-weights",
                new { responsiblePersonId = offer["responsiblePersonId"], versions = versions.ToDictionary(v => v.Key, v => (uint)v.Value!), reason = "Prova API" });
            applied.StatusCode.ShouldBe(HttpStatusCode.OK, await applied.Content.ReadAsStringAsync());
            var result = JsonNode.Parse(await applied.Content.ReadAsStringAsync())!;
            ((decimal)result["total"]!["total"]!).ShouldBe(100m);
            result["cards"]!.AsArray().Select(c => (decimal)c!["weight"]!).ShouldAllBe(w => w == 12m);
        }
        finally
        {
            var segretario = await app.Accounts.ClientAsync("segretario");
            foreach (var card in cards)
            {
                var now = await segretario.GetJsonAsync($"api/v1/objectives/{card["id"]}");
                using var put = await segretario.PutAsJsonAsync($"api/v1/objectives/{card["id"]}",
                    new { version = (uint)now["version"]!, title = (string)now["title"]!, theme = (string?)now["theme"], description = (string?)now["description"],
                          expectedResult = (string?)now["expectedResult"], verificationMethod = (string?)now["verificationMethod"], weight = (decimal?)card["weight"] });
                put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
            }
        }
    }
}
