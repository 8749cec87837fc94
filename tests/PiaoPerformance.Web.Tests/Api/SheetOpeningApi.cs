using System.Net;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary>
/// Opening sheets and changing an evaluator over HTTP, on fictitious people of the Polizia locale hired in 2026
/// (<see cref="SheetOpeningSeed"/>): the same service as the page, the Segretario's only.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SheetOpeningApi(PiaoAppFixture app)
{
    [Fact]
    public async Task OpenYearOpensTheAskedPeopleOnceAndSaysWhyTheOthersAreSkipped()
    {
        var (first, second, _, _) = await SheetOpeningSeed.PeopleAsync(app, "Api");
        var segretario = await app.Accounts.ClientAsync("segretario");
        var planId = await segretario.DemoPlanIdAsync();
        var stranger = Guid.NewGuid();
        var body = $$"""{"year":2026,"personIds":["{{first}}","{{second}}","{{stranger}}"]}""";

        var once = (await segretario.PostRawAsync($"api/v1/plans/{planId}/sheets/open-year", body, "application/json")).ShouldBeOk();
        var twice = (await segretario.PostRawAsync($"api/v1/plans/{planId}/sheets/open-year", body, "application/json")).ShouldBeOk();
        var byHead = await (await app.Accounts.ClientAsync("resp1")).PostRawAsync($"api/v1/plans/{planId}/sheets/open-year", body, "application/json");
        var preview = (await segretario.GetAnswerAsync($"api/v1/plans/{planId}/sheets/open-year?year=2026")).ShouldBeOk();

        ((int)once["opened"]!).ShouldBe(2);
        once["skipped"]!.AsArray().Select(s => ((string?)s!["personId"], (string?)s["reason"]))
            .ShouldBe([(stranger.ToString(), "Persona senza assegnazioni nell'ente nel 2026.")]);
        ((int)twice["opened"]!).ShouldBe(0);
        twice["skipped"]!.AsArray().Count(s => (string?)s!["reason"] == "Scheda del 2026 già aperta.").ShouldBe(2);
        byHead.Status.ShouldBe(HttpStatusCode.Forbidden);
        preview["people"]!.AsArray().Single(p => (string?)p!["personId"] == first.ToString())!["sheetsOpen"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task OneSheetOpensAndItsEvaluatorIsReplacedAgainstTheVersionRead()
    {
        var (first, second, unitId, replacement) = await SheetOpeningSeed.PeopleAsync(app, "Singola");
        var segretario = await app.Accounts.ClientAsync("segretario");
        var planId = await segretario.DemoPlanIdAsync();

        var noEvaluator = await segretario.PostRawAsync($"api/v1/plans/{planId}/sheets",
            $$"""{"personId":"{{second}}","year":2026,"role":"Dipendente","orgUnitId":"{{unitId}}"}""", "application/json");
        var created = await segretario.PostRawAsync($"api/v1/plans/{planId}/sheets",
            $$"""{"personId":"{{second}}","year":2026,"role":"Dipendente","orgUnitId":"{{unitId}}","evaluators":[{"personId":"{{first}}","orgUnitId":"{{unitId}}"}]}""",
            "application/json");
        created.Status.ShouldBe(HttpStatusCode.Created);
        var sheet = JsonNode.Parse(created.Body)!;
        var change = $$"""{"formerPersonId":"{{first}}","leftOn":"2026-05-31","replacementPersonId":"{{replacement}}","version":{{sheet["version"]}}}""";
        var changed = (await segretario.PostRawAsync($"api/v1/sheets/{sheet["id"]}/evaluator-change", change, "application/json")).ShouldBeOk();
        var stale = await segretario.PostRawAsync($"api/v1/sheets/{sheet["id"]}/evaluator-change", change, "application/json");
        var self = await segretario.PostRawAsync($"api/v1/sheets/{sheet["id"]}/evaluator-change",
            $$"""{"formerPersonId":"{{replacement}}","leftOn":"2026-08-31","replacementPersonId":"{{replacement}}","version":{{changed["version"]}}}""", "application/json");

        noEvaluator.ShouldBeProblemNaming("evaluators");
        ((string?)changed["evaluators"]![0]!["personId"]).ShouldBe(replacement.ToString());
        ((string?)changed["evaluatorChanges"]![0]!["leftOn"]).ShouldBe("2026-05-31");
        stale.Status.ShouldBe(HttpStatusCode.Conflict);
        self.ShouldBeProblemNaming("replacementPersonId");
    }
}
