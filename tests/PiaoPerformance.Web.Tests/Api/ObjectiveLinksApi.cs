using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary>
/// PUT /api/v1/objectives/{id} with the card's links: parent and share, staff, parties, contributing units and
/// pesatura. resp1 edits a card of Settore I and puts it back as it was (the suite shares one demo plan).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ObjectiveLinksApi(PiaoAppFixture app)
{
    [Fact]
    public async Task TheNewPartsAreSavedLeftAloneWhenAbsentAndClearedWhenEmpty()
    {
        var resp1 = await app.Accounts.ClientAsync("resp1");
        var plan = await resp1.DemoPlanAsync();
        var strategicId = (string)plan["crossCuttingObjectives"]![0]!["id"]!;
        var unitI = Unit(plan, "I");
        var unitII = Unit(plan, "II");
        var person = unitI["staff"]![0]!;
        var card = await resp1.GetJsonAsync($"api/v1/objectives/{await resp1.ObjectiveIdAsync("I", 4)}");
        try
        {
            var saved = (await PutAsync(resp1, card, c =>
            {
                c["parent"] = new JsonObject { ["parentObjectiveId"] = strategicId, ["shareOfParentPct"] = 25 };
                c["staffPersonIds"] = new JsonArray((string)person["personId"]!);
                c["parties"] = new JsonObject { ["stakeholders"] = "Imprese del territorio", ["externalContributors"] = "ASL" };
                c["contributions"] = new JsonArray(
                    new JsonObject { ["orgUnitId"] = (string)unitI["id"]!, ["contributionPct"] = 60, ["expectedValue"] = "95%" },
                    new JsonObject { ["orgUnitId"] = (string)unitII["id"]!, ["contributionPct"] = 40 });
                c["weightingGrid"] = new JsonObject { ["importance"] = "Alto", ["externalImpact"] = "Alto", ["complexity"] = "Alto", ["feasibility"] = "Medio" };
            })).ShouldBeOk();

            ((string?)saved["parentObjectiveId"]).ShouldBe(strategicId);
            ((decimal?)saved["shareOfParentPct"]).ShouldBe(25m);
            ((string?)saved["parent"]).ShouldEndWith((string)plan["crossCuttingObjectives"]![0]!["title"]!);
            saved["staff"]!.AsArray().Select(s => (string?)s).ShouldBe([(string?)person["name"]]);
            ((string?)saved["stakeholders"], (string?)saved["externalContributors"]).ShouldBe(("Imprese del territorio", "ASL"));
            // Esito 18 (SPEC Example 5, a) × 60 % = 10,8; × 40 % = 7,2.
            saved["contributions"]!.AsArray().Select(c => ((decimal)c!["contributionPct"]!, (decimal?)c["absoluteWeight"])).ShouldBe([(60m, 10.8m), (40m, 7.2m)]);
            ((int)saved["weightingGrid"]!["score"]!).ShouldBe(18);

            var untouched = (await PutAsync(resp1, saved, c => c["description"] = "Solo la descrizione")).ShouldBeOk();
            ((string?)untouched["parentObjectiveId"]).ShouldBe(strategicId);
            untouched["staff"]!.AsArray().Count.ShouldBe(1);
            ((string?)untouched["stakeholders"]).ShouldBe("Imprese del territorio");
            untouched["contributions"]!.AsArray().Count.ShouldBe(2);
            ((int)untouched["weightingGrid"]!["score"]!).ShouldBe(18);

            var outsider = await PutAsync(resp1, untouched, c => c["staffPersonIds"] = new JsonArray((string)Unit(plan, "II")["staff"]![0]!["personId"]!));
            outsider.ShouldBeProblemNaming("Staff").ShouldBe("Una persona scelta non fa parte del personale dell'unità nel ciclo del piano.");
            var partGrid = await PutAsync(resp1, untouched, c => c["weightingGrid"] = new JsonObject { ["importance"] = "Alto" });
            partGrid.ShouldBeProblemNaming("weightingGrid.externalImpact");
        }
        finally
        {
            var current = await resp1.GetJsonAsync($"api/v1/objectives/{(string)card["id"]!}");
            var restored = (await PutAsync(resp1, current, c =>
            {
                c["description"] = (string?)card["description"];
                c["parent"] = new JsonObject { ["parentObjectiveId"] = null };
                c["staffPersonIds"] = new JsonArray();
                c["parties"] = new JsonObject { ["stakeholders"] = (string?)card["stakeholders"], ["externalContributors"] = (string?)card["externalContributors"] };
                c["contributions"] = new JsonArray();
                c["weightingGrid"] = new JsonObject();
            })).ShouldBeOk();
            ((string?)restored["parentObjectiveId"]).ShouldBeNull();
            restored["staff"]!.AsArray().ShouldBeEmpty();
            restored["contributions"]!.AsArray().ShouldBeEmpty();
            restored["weightingGrid"].ShouldBeNull();
        }
    }

    private static JsonNode Unit(JsonNode plan, string code) => plan["units"]!.AsArray().Single(u => (string?)u!["code"] == code)!;

    private static async Task<ApiAnswer> PutAsync(HttpClient http, JsonNode card, Action<JsonObject> change)
    {
        var body = new JsonObject
        {
            ["version"] = (uint)card["version"]!,
            ["title"] = (string?)card["title"],
            ["theme"] = (string?)card["theme"],
            ["description"] = (string?)card["description"],
            ["expectedResult"] = (string?)card["expectedResult"],
            ["verificationMethod"] = (string?)card["verificationMethod"],
            ["weight"] = (decimal?)card["weight"],
        };
        change(body);
        using var response = await http.PutAsJsonAsync($"api/v1/objectives/{(string?)card["id"]}", body);
        return new ApiAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }
}
