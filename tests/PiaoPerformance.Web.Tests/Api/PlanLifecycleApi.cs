using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary>
/// The plan's lifecycle and card edits over HTTP, signed in with the demo accounts (segretario, resp1). The suite
/// shares one demo plan: every test leaves it in Bozza with the values it found.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PlanLifecycleApi(PiaoAppFixture app)
{
    private static readonly string Yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task AResponsabileSendsTheirUnitAndTheSegretarioSendsItBackWithAReason()
    {
        var (resp1, segretario) = (await SessionAsync("resp1"), await SessionAsync("segretario"));
        var (plan, unit) = (await PlanIdAsync(resp1), await UnitIdAsync(resp1, "I"));

        var sent = await PostAsync(resp1, $"api/v1/plans/{plan}/units/{unit}/submit", null);
        var again = await PostAsync(resp1, $"api/v1/plans/{plan}/units/{unit}/submit", null);
        var returned = await PostAsync(segretario, $"api/v1/plans/{plan}/units/{unit}/return", new { reason = "Rivedere gli indicatori" });

        Unit(sent.ShouldBeOk(), "I")["isSubmitted"]!.GetValue<bool>().ShouldBeTrue();
        again.ShouldBeProblemNaming("UnitId").ShouldBe("Le schede di questa unità sono già state inviate per l'approvazione.");
        var back = Unit(returned.ShouldBeOk(), "I");
        ((bool?)back["isSubmitted"]).ShouldBe(false);
        ((string?)back["returnReason"]).ShouldBe("Rivedere gli indicatori");
    }

    [Fact]
    public async Task AResponsabileNeitherSendsAnotherUnitNorApprovesThePlan()
    {
        var resp1 = await SessionAsync("resp1");
        var plan = await PlanIdAsync(resp1);

        var otherUnit = await PostAsync(resp1, $"api/v1/plans/{plan}/units/{await UnitIdAsync(resp1, "II")}/submit", null);
        var approve = await PostAsync(resp1, $"api/v1/plans/{plan}/approve", new { deliberationNumber = "12", deliberationDate = Yesterday });

        Forbidden(otherUnit).ShouldBe("Non sei responsabile di questa unità.");
        Forbidden(approve).ShouldBe("Solo il Segretario approva il piano.");
    }

    [Fact]
    public async Task ApprovalIsRefusedWithTheListOfProblemsWhileAWeightTotalsNinetyNine()
    {
        var segretario = await SessionAsync("segretario");
        var plan = await PlanIdAsync(segretario);
        var card = await ObjectiveAsync(segretario, "I", 1);
        var weight = (decimal)card["weight"]!;
        var lowered = (await PutAsync(segretario, card, c => c["weight"] = weight - 1)).ShouldBeOk();
        try
        {
            var refused = await PostAsync(segretario, $"api/v1/plans/{plan}/approve", new { deliberationNumber = "12", deliberationDate = Yesterday });

            var problem = refused.ShouldBeProblemNaming("problems");
            problem.ShouldStartWith("Settore I – ");
            problem.ShouldContain(": i pesi sommano a 99 % invece di 100 %");
            var lifecycle = await GetAsync(segretario, $"api/v1/plans/{plan}/lifecycle");
            ((string?)lifecycle["state"]).ShouldBe("Bozza");
            lifecycle["approvalProblems"]!.AsArray().Select(p => (string?)p!["kind"]).ShouldBe(["WeightTotal"]);
        }
        finally
        {
            (await PutAsync(segretario, lowered, c => c["weight"] = weight)).ShouldBeOk();
        }
    }

    [Fact]
    public async Task AnApprovedPlanRefusesEditsUntilAVariazioneAndItsFirstVersionStaysReadable()
    {
        var segretario = await SessionAsync("segretario");
        var plan = await PlanIdAsync(segretario);
        var card = await ObjectiveAsync(segretario, "I", 1);

        var approved = (await PostAsync(segretario, $"api/v1/plans/{plan}/approve", new { deliberationNumber = "12", deliberationDate = Yesterday })).ShouldBeOk();
        var frozen = await PutAsync(segretario, card, c => c["title"] = "Modifica dopo l'approvazione");
        var variation = (await PostAsync(segretario, $"api/v1/plans/{plan}/variations",
            new { reason = "Nuovo finanziamento regionale", actNumber = "88", actDate = Yesterday })).ShouldBeOk();
        var edited = (await PutAsync(segretario, card, c => c["title"] = "Titolo della nuova versione")).ShouldBeOk();
        (await PutAsync(segretario, edited, c => c["title"] = card["title"]!.GetValue<string>())).ShouldBeOk();

        ((string?)approved["state"]).ShouldBe("Approvato");
        ((string?)approved["approval"]!["deliberationNumber"]).ShouldBe("12");
        Forbidden(frozen).ShouldBe("Il piano è approvato: per modificarlo occorre una variazione.");
        ((string?)variation["state"]).ShouldBe("Bozza");
        var version = (int)variation["versionNumber"]!;
        version.ShouldBeGreaterThan(1);
        ((string?)edited["title"]).ShouldBe("Titolo della nuova versione");
        var versions = (await GetAsync(segretario, $"api/v1/plans/{plan}/versions")).AsArray();
        versions.Select(v => (int?)v!["versionNumber"]).ShouldContain(version - 1);
        var earlier = await GetAsync(segretario, $"api/v1/plans/{plan}/versions/{version - 1}");
        ((string?)earlier["plan"]!["state"]).ShouldBe("Approvato");
        var earlierCard = earlier["plan"]!["units"]!.AsArray().Single(u => (string?)u!["code"] == "I")!["objectives"]!.AsArray()
            .Single(o => (string?)o!["id"] == (string?)card["id"])!;
        ((string?)earlierCard["title"]).ShouldBe((string?)card["title"]);
    }

    [Fact]
    public async Task ASaveFromAStalePageIsAConflictWithTheItalianMessage()
    {
        var resp1 = await SessionAsync("resp1");
        var card = await ObjectiveAsync(resp1, "I", 2);
        var saved = (await PutAsync(resp1, card, c => c["description"] = "Prima modifica")).ShouldBeOk();

        var stale = await PutAsync(resp1, card, c => c["description"] = "Modifica da una pagina vecchia");
        (await PutAsync(resp1, saved, c => c["description"] = card["description"]?.GetValue<string>())).ShouldBeOk();

        stale.Status.ShouldBe(HttpStatusCode.Conflict);
        var problem = JsonNode.Parse(stale.Body)!;
        ((string?)problem["detail"]).ShouldBe("Un altro utente ha salvato questa scheda nel frattempo: ricarica la pagina e riapplica le tue modifiche.");
    }

    [Fact]
    public async Task AnUnknownPlanIsNotFoundAndAnAnonymousCallerIsUnauthorised()
    {
        var segretario = await SessionAsync("segretario");
        var plan = await PlanIdAsync(segretario);

        using var unknown = await segretario.GetAsync($"api/v1/plans/{Guid.NewGuid()}/lifecycle");
        var unknownApproval = await PostAsync(segretario, $"api/v1/plans/{Guid.NewGuid()}/approve", new { deliberationNumber = "12", deliberationDate = Yesterday });
        var anonymous = await PostAsync(app.Http, $"api/v1/plans/{plan}/approve", new { deliberationNumber = "12", deliberationDate = Yesterday });

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknownApproval.Status.ShouldBe(HttpStatusCode.NotFound);
        anonymous.Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private Task<HttpClient> SessionAsync(string username) => app.Accounts.ClientAsync(username);

    private static async Task<ApiAnswer> PostAsync(HttpClient http, string path, object? body)
    {
        using var response = body is null ? await http.PostAsync(path, null) : await http.PostAsJsonAsync(path, body);
        return await AnswerAsync(response);
    }

    /// <summary>Sends the card back as read, changed by <paramref name="change"/>, with the version it was read with.</summary>
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
            ["yearTargets"] = new JsonArray(card["yearTargets"]!.AsArray().Select(t => (JsonNode)new JsonObject
            {
                ["year"] = (int)t!["year"]!,
                ["expectedPct"] = (decimal?)t["expectedPct"],
                ["notApplicable"] = (bool)t["notApplicable"]!,
            }).ToArray()),
        };
        change(body);
        using var response = await http.PutAsJsonAsync($"api/v1/objectives/{(string?)card["id"]}", body);
        return await AnswerAsync(response);
    }

    private static async Task<ApiAnswer> AnswerAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());

    private static async Task<JsonNode> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return (await AnswerAsync(response)).ShouldBeOk();
    }

    private static async Task<Guid> PlanIdAsync(HttpClient http) => await http.DemoPlanIdAsync();

    private static async Task<Guid> UnitIdAsync(HttpClient http, string code)
    {
        var plan = await http.DemoPlanAsync();
        return Guid.Parse((string)plan["units"]!.AsArray().Single(u => (string?)u!["code"] == code)!["id"]!);
    }

    private static async Task<JsonNode> ObjectiveAsync(HttpClient http, string unit, int number) =>
        await GetAsync(http, $"api/v1/objectives/{await http.ObjectiveIdAsync(unit, number)}");

    private static JsonNode Unit(JsonNode lifecycle, string code) =>
        lifecycle["units"]!.AsArray().Single(u => (string?)u!["code"] == code)!;

    /// <summary>A 403 problem details; returns its Italian reason.</summary>
    private static string Forbidden(ApiAnswer answer)
    {
        answer.Status.ShouldBe(HttpStatusCode.Forbidden, answer.Body);
        answer.MediaType.ShouldBe("application/problem+json");
        return (string)JsonNode.Parse(answer.Body)!["detail"]!;
    }
}
