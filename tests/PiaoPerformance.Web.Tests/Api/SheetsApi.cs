using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary>
/// The persisted sheets over HTTP: the demo employee dip1 sees only their own sheet (403 on a colleague's, 401
/// anonymous), the figures equal the what-if scoring API's for the same inputs, a conciliation runs notify →
/// observations → modified → accepted → validated with the calendar's deadlines, and bad input names its field.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SheetsApi(PiaoAppFixture app)
{
    [Fact]
    public async Task AnAnonymousCallerGets401OnTheSheets()
    {
        using var anonymous = app.Accounts.NewClient();

        var mine = await anonymous.GetAnswerAsync("api/v1/sheets/mine");
        var one = await anonymous.GetAnswerAsync($"api/v1/sheets/{await DipSheetIdAsync()}");

        mine.Status.ShouldBe(HttpStatusCode.Unauthorized);
        mine.MediaType.ShouldBe("application/problem+json");
        one.Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TheDemoEmployeeReadsTheirOwnSheetAndIsRefusedAColleagues()
    {
        var dip1 = await app.Accounts.ClientAsync("dip1");
        var segretario = await app.Accounts.ClientAsync("segretario");
        var mine = (await dip1.GetJsonAsync("api/v1/sheets/mine")).AsArray().ShouldHaveSingleItem()!;
        var colleague = (await segretario.GetJsonAsync("api/v1/sheets?year=2024")).AsArray()
            .First(s => (string?)s!["role"] == "Dipendente" && (string?)s["personId"] != (string?)mine["personId"])!;

        var own = (await dip1.GetAnswerAsync($"api/v1/sheets/{mine["id"]}")).ShouldBeOk();
        var other = await dip1.GetAnswerAsync($"api/v1/sheets/{colleague["id"]}");
        var all = await dip1.GetAnswerAsync("api/v1/sheets?year=2024");
        var write = await SendAsync(dip1, HttpMethod.Put, $"api/v1/sheets/{mine["id"]}/scores", $$"""{"version":{{own["version"]}},"entePerformance":100}""");

        ((string?)own["personId"]).ShouldBe((string?)mine["personId"]);
        own["items"]!.AsArray().Count.ShouldBe(10);
        ((string?)own["items"]![0]!["levels"]![0]!["descriptor"]).ShouldStartWith("Condivide poco la propria esperienza di lavoro");
        other.Status.ShouldBe(HttpStatusCode.Forbidden);
        other.MediaType.ShouldBe("application/problem+json");
        ((string?)JsonNode.Parse(other.Body)!["detail"]).ShouldBe(AccessRules.NotYourSheet);
        other.Body.ShouldNotContain((string)colleague["personName"]!);
        all.Status.ShouldBe(HttpStatusCode.Forbidden);
        write.Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TheSheetsFiguresAreTheScoringApisForTheSameInputs()
    {
        var dip1 = await app.Accounts.ClientAsync("dip1");
        var sheet = await dip1.GetJsonAsync($"api/v1/sheets/{await DipSheetIdAsync()}");
        var request = new JsonObject
        {
            ["role"] = "Dipendente",
            ["year"] = (int)sheet["year"]!,
            ["entePerformance"] = sheet["inputs"]!.Number("entePerformance"),
            ["objectives"] = new JsonArray(sheet["objectives"]!.AsArray().Select(o => (JsonNode)new JsonObject
            {
                ["id"] = (string?)o!["code"],
                ["weight"] = o.Number("weight"),
                ["achievementPct"] = o.Number("agreedPct"),
            }).ToArray()),
            ["behaviourScores"] = new JsonArray(sheet["items"]!.AsArray().Select(i => (JsonNode)JsonValue.Create((int)i!["score"]!)).ToArray()),
            ["pay"] = new JsonObject { ["maximum"] = sheet["inputs"]!.Number("maximumPay") },
        };

        var scored = (await dip1.PostJsonAsync(ScoringApiClient.Sheet, request)).ShouldBeOk();

        var figures = sheet["figures"]!;
        figures.Number("d").ShouldBe(scored.Number("d"));
        figures.Number("a").ShouldBe(scored.Number("a"));
        figures.Number("b").ShouldBe(scored.Number("b"));
        figures.Number("c").ShouldBe(scored.Number("c"));
        figures.Number("pay").ShouldBe(scored.Number("pay"));
        ((string?)figures["bandLabel"]).ShouldBe((string?)scored["band"]!["label"]);
        var components = scored["explanation"]!.AsArray().Select(l => (string)l!).Where(l => l.StartsWith("Componente", StringComparison.Ordinal)).ToList();
        components.Count.ShouldBe(3);
        var lines = figures["explanation"]!.AsArray().Select(l => (string)l!).ToList();
        components.ShouldAllBe(line => lines.Contains(line));
    }

    [Fact]
    public async Task AConciliationRunsNotifyObservationsModifiedAcceptedAndValidatedOnTheCalendar()
    {
        var (id, employee) = await FreshSheetAsync(staffIndex: 2, year: 2025);
        var (resp2, segretario) = (await app.Accounts.ClientAsync("resp2"), await app.Accounts.ClientAsync("segretario"));
        await FillAsync(id);

        var notified = (await PostAsync(resp2, id, "notify", """{"on":"2025-03-03"}""")).ShouldBeOk();
        var observed = (await PostAsync(employee, id, "observe", """{"on":"2025-03-17","text":"Chiedo di rivedere II.B."}""")).ShouldBeOk();
        var rescored = (await SendAsync(resp2, HttpMethod.Put, $"api/v1/sheets/{id}/scores",
            $$"""{"version":{{observed["version"]}},"behaviourScores":[5,4,4,5,5,3,4,4,5,4]}""")).ShouldBeOk();
        var modified = (await PostAsync(resp2, id, "modify", """{"on":"2025-03-20","text":"Accolta l'osservazione su II.B"}""")).ShouldBeOk();
        (await PostAsync(employee, id, "accept", """{"on":"2025-03-24"}""")).ShouldBeOk();
        var validated = (await PostAsync(segretario, id, "validate", """{"on":"2025-03-25"}""")).ShouldBeOk();

        ((string?)notified["conciliation"]!["observationsDue"]).ShouldBe("2025-03-17");
        ((string?)observed["conciliation"]!["reviewDue"]).ShouldBe("2025-03-31");
        ((string?)observed["conciliation"]!["deadline"]!["party"]).ShouldBe("Valutatore");
        rescored["figures"]!.Number("c").ShouldBe(43m);
        ((string?)modified["state"]).ShouldBe("Modificata");
        ((string?)validated["state"]).ShouldBe("Validata");
        validated["versions"]!.AsArray().Select(v => (string?)v!["state"]).ShouldBe(["Notificata", "Modificata", "Validata"]);
        validated["versions"]![0]!["figures"]!.Number("c").ShouldBe(42m);
        validated["figures"]!.Number("c").ShouldBe(43m);

        var late = await SendAsync(resp2, HttpMethod.Put, $"api/v1/sheets/{id}/scores",
            $$"""{"version":{{validated["version"]}},"behaviourScores":[1,1,1,1,1,1,1,1,1,1]}""");
        late.ShouldBeProblemNaming("state").ShouldBe("La scheda è validata: non può più essere modificata.");
        (await segretario.GetJsonAsync($"api/v1/sheets/{id}"))["figures"]!.Number("c").ShouldBe(43m);
    }

    [Fact]
    public async Task BadInputNamesItsFieldInItalianAndAStaleVersionIsAConflict()
    {
        var (id, _) = await FreshSheetAsync(staffIndex: 3, year: 2025);
        var (resp2, niv) = (await app.Accounts.ClientAsync("resp2"), await app.Accounts.ClientAsync("niv"));
        var sheet = await resp2.GetJsonAsync($"api/v1/sheets/{id}");
        var objective = (string)sheet["objectives"]![0]!["objectiveId"]!;

        var score = await SendAsync(resp2, HttpMethod.Put, $"api/v1/sheets/{id}/scores", $$"""{"version":{{sheet["version"]}},"behaviourScores":[6,4,4,4,5,3,4,4,5,4]}""");
        var pct = await SendAsync(niv, HttpMethod.Put, $"api/v1/sheets/{id}/achievements", $$"""{"achievements":[{"objectiveId":"{{objective}}","pct":120}]}""");
        var saved = (await SendAsync(resp2, HttpMethod.Put, $"api/v1/sheets/{id}/scores", $$"""{"version":{{sheet["version"]}},"entePerformance":80}""")).ShouldBeOk();
        var stale = await SendAsync(resp2, HttpMethod.Put, $"api/v1/sheets/{id}/scores", $$"""{"version":{{sheet["version"]}},"entePerformance":70}""");
        var observeByEvaluator = await PostAsync(resp2, id, "observe", """{"text":"Non sono il valutato"}""");

        score.ShouldBeProblemNaming("behaviourScores[0]").ShouldContain("tra 0 e 5");
        pct.ShouldBeProblemNaming("achievements[0].pct").ShouldContain("tra 0 e 100");
        saved["inputs"]!.Number("entePerformance").ShouldBe(80m);
        stale.Status.ShouldBe(HttpStatusCode.Conflict);
        observeByEvaluator.Status.ShouldBe(HttpStatusCode.Forbidden);
        (await resp2.GetJsonAsync($"api/v1/sheets/{id}"))["inputs"]!.Number("entePerformance").ShouldBe(80m);
    }

    private async Task<Guid> DipSheetIdAsync()
    {
        var mine = (await (await app.Accounts.ClientAsync("dip1")).GetJsonAsync("api/v1/sheets/mine")).AsArray();
        return Guid.Parse((string)mine.ShouldHaveSingleItem()!["id"]!);
    }

    /// <summary>
    /// The Segretario opens (through the service, as the pages will) a draft for Settore II's staff member
    /// <paramref name="staffIndex"/> in name order, evaluated by resp2; that person gets a sign-in account.
    /// </summary>
    private async Task<(Guid Id, HttpClient Employee)> FreshSheetAsync(int staffIndex, int year)
    {
        var segretario = await ActorAsync("segretario");
        var resp2 = await ActorAsync("resp2");
        var contexts = app.Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>();
        Guid unitId, personId;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            unitId = await db.OrgUnits.Where(u => u.MunicipalityId == segretario.MunicipalityId && u.Code == "II").Select(u => u.Id).SingleAsync();
            var staff = await db.StaffAssignments.Where(s => s.OrgUnitId == unitId).Select(s => s.PersonId).ToListAsync();
            var people = await db.People.Where(p => staff.Contains(p.Id)).OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ToListAsync();
            personId = people[staffIndex].Id;
            var username = $"prova.dip{staffIndex}.{year}";
            db.UserAccounts.Add(new UserAccount(segretario.MunicipalityId, personId, username, AccountService.Hash(null, Accounts.DemoPassword)));
            await db.SaveChangesAsync();
        }

        var planId = await (await app.Accounts.ClientAsync("segretario")).DemoPlanIdAsync();
        var sheet = await app.Services.GetRequiredService<EvaluationSheetService>().OpenAsync(segretario,
            new SheetOpen(planId, personId, year, EvaluatedRole.Dipendente, unitId, [new SheetEvaluatorDraft(resp2.PersonId, SheetEvaluatorRole.Valutatore, unitId)]));
        return (sheet.Id, await app.Accounts.ClientAsync($"prova.dip{staffIndex}.{year}"));
    }

    /// <summary>The NIV's agreed achievements (100 % but the second objective, 75 %), then resp2's ente performance 92 and scores (C = 42).</summary>
    private async Task FillAsync(Guid id)
    {
        var niv = await app.Accounts.ClientAsync("niv");
        var resp2 = await app.Accounts.ClientAsync("resp2");
        var sheet = await niv.GetJsonAsync($"api/v1/sheets/{id}");
        var achievements = string.Join(',', sheet["objectives"]!.AsArray().Select((o, i) => new JsonObject { ["objectiveId"] = (string?)o!["objectiveId"], ["pct"] = i == 1 ? 75 : 100 }.ToJsonString()));
        var taken = (await SendAsync(niv, HttpMethod.Put, $"api/v1/sheets/{id}/achievements", $$"""{"achievements":[{{achievements}}]}""")).ShouldBeOk();
        (await SendAsync(resp2, HttpMethod.Put, $"api/v1/sheets/{id}/scores",
            $$$"""{"version":{{{taken["version"]}}},"entePerformance":92,"behaviourScores":[5,4,4,4,5,3,4,4,5,4],"pay":{"maximum":1000}}""")).ShouldBeOk();
    }

    private async Task<Actor> ActorAsync(string username)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
        var account = await db.UserAccounts.SingleAsync(a => a.Username == username);
        return (await app.Services.GetRequiredService<ActorLoader>().LoadAsync(account.Id)).ShouldNotBeNull();
    }

    private static Task<ApiAnswer> PostAsync(HttpClient http, Guid id, string action, string body) =>
        http.PostRawAsync($"api/v1/sheets/{id}/{action}", body, "application/json");

    private static async Task<ApiAnswer> SendAsync(HttpClient http, HttpMethod method, string path, string body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using var response = await http.SendAsync(request);
        return new ApiAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }
}
