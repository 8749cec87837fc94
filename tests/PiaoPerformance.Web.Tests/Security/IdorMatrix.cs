using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Security;

/// <summary>
/// Issue 5's acceptance, for every page and endpoint that takes an id: anonymous → sign-in page or 401, wrong role →
/// 403, another ente's id or a made-up one → 404 or the page's "not found". The routes come from the app itself
/// (<see cref="IdRoutes"/>: the OpenAPI document and the Razor pages), so a new one is covered the day it appears; the
/// other ente is <see cref="OtherEnte"/>, whose Segretario opens the same ids first, to prove they are real.
/// Each test tries every route and lists every failure at once.
/// </summary>
public sealed partial class IdorMatrix(PiaoAppFixture app) : BrowserTest(app)
{
    /// <summary>The one API operation an anonymous caller may use.</summary>
    private static readonly string[] AnonymousOperations = ["Login"];

    /// <summary>
    /// A valid body for each operation with an id that takes one (by OpenAPI operationId), so that the call reaches
    /// the access check instead of failing on its input. None of them could change anything: the matrix sends them
    /// with a foreign id or as a role that may not, and the card's version 0 would be a conflict anyway.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> Bodies = new Dictionary<string, string>
    {
        ["ReturnUnit"] = """{"reason":"Prova di accesso"}""",
        ["ApprovePlan"] = """{"deliberationNumber":"1","deliberationDate":"2024-01-30"}""",
        ["StartVariation"] = """{"reason":"Prova di accesso","actNumber":"1","actDate":"2024-01-30"}""",
        ["ApplyEqualWeights"] = """{"responsiblePersonId":null,"versions":{}}""",
        ["UpdateObjective"] = """{"version":0,"title":"Prova di accesso","weight":10,"yearTargets":[]}""",
        ["ScoreSheet"] = SheetRequestBuilder.TopEmployee().Build().ToJsonString(),
        ["SaveObjectiveReport"] = """{"year":2024,"version":0,"realizedPct":100,"reportText":"Prova di accesso"}""",
        ["AddReportProgress"] = """{"year":2024,"version":0,"date":"2024-06-30","text":"Prova di accesso"}""",
        ["SubmitObjectiveReport"] = """{"year":2024,"version":0}""",
        ["ReopenObjectiveReport"] = """{"year":2024,"reason":"Prova di accesso"}""",
        ["SaveObjectiveMeasurement"] = """{"year":2024,"version":0,"overridePct":90,"overrideReason":"Prova di accesso"}""",
        ["AddMeasurementEvent"] = """{"year":2024,"version":0,"date":"2024-06-30","description":"Prova di accesso"}""",
        ["SignOffMeasurement"] = """{"year":2024,"version":0}""",
        ["AgreeMeasurement"] = """{"year":2024,"version":0}""",
        ["EnterEntePerformance"] = """{"year":2024,"version":0,"value":90}""",
        ["ValidateEntePerformance"] = """{"year":2024,"version":0}""",
        ["UpdateSheetScores"] = """{"version":0,"entePerformance":50}""",
        ["TakeSheetAchievements"] = """{"achievements":[]}""",
        ["NotifySheet"] = "{}",
        ["ObserveSheet"] = """{"text":"Prova di accesso"}""",
        ["ConfirmSheet"] = "{}",
        ["ModifySheet"] = """{"text":"Prova di accesso"}""",
        ["AcceptSheet"] = "{}",
        ["ContestSheet"] = """{"text":"Prova di accesso"}""",
        ["ValidateSheet"] = "{}",
        ["OpenSheetsOfYear"] = """{"year":2024}""",
        ["OpenSheet"] = """{"personId":"5f0c8a4e-0000-4000-8000-000000000001","year":2024,"role":"Dipendente"}""",
        ["ReplaceSheetEvaluator"] = """{"formerPersonId":"5f0c8a4e-0000-4000-8000-000000000002","leftOn":"2024-04-30","replacementPersonId":"5f0c8a4e-0000-4000-8000-000000000003"}""",
        ["SheetWhatIf"] = """{"achievements":[],"behaviourScores":null}""",
        ["SaveFund"] = """{"amount":1000,"supplementPct":30,"supplementQuotaPct":10,"headcounts":[],"version":0}""",
    };

    /// <summary>
    /// Changes a role of <see cref="WrongWriters"/> may make by design, by operationId: the Giunta operator enters the
    /// ente's performance (S3:801). The others of <see cref="WrongWriters"/> must still get 403 on them.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string[]> RightfulWriters = new Dictionary<string, string[]>
    {
        ["EnterEntePerformance"] = ["giunta"],
        // A responsabile imports the cards of their own units (issue 9); each row of another unit is then refused
        // with its cell (PlanWorkbookImportTests), so the plan-level call itself is open to the head of Settore II.
        ["ImportPlanWorkbook"] = ["resp2"],
    };

    /// <summary>POSTs that compute and change nothing (the what-if API): read like a GET, open to every role.</summary>
    private static readonly string[] Computations = ["ScoreSheet", "SplitFund", "ScoreWeightingGrid"];

    /// <summary>Reads restricted to some roles: operationId → demo accounts that must get 403.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> RestrictedReads = new Dictionary<string, string[]>
    {
        ["GetAuditTrail"] = ["giunta", "sindaco", "resp1"],
        ["GetPremi"] = ["resp1"],
        ["GetPremiCsv"] = ["resp1"],
        ["GetPremiXlsx"] = ["resp1"],
        ["GetPremiOds"] = ["resp1"],
        ["PreviewSheetsOfYear"] = ["resp1", "niv"],
    };

    /// <summary>A role that changes nothing of the plan, and the head of Settore II against Settore I's ids.</summary>
    private static readonly string[] WrongWriters = ["giunta", "resp2"];

    protected override string? SignedInAs => null;

    [Fact]
    public async Task EveryApiOperationButTheLoginAnswersAnAnonymousCaller401ProblemJson()
    {
        var (operations, demo) = (await ApiOperationsAsync(), await DemoIdsAsync());
        using var anonymous = App.Accounts.NewClient();
        var failures = new List<string>();

        foreach (var operation in operations.Where(o => !AnonymousOperations.Contains(o.OperationId)))
        {
            var answer = await SendAsync(anonymous, operation, operation.Url(demo), body: "{}");
            Check(failures, operation.Name, answer, HttpStatusCode.Unauthorized);
        }

        operations.Count.ShouldBeGreaterThan(10, "the OpenAPI document lists the API");
        operations.ShouldContain(o => o.Template == "/api/v1/scoring/sheet", "the scoring endpoints are among them");
        failures.ShouldBeEmpty(Report(failures));
    }

    [Fact]
    public async Task EveryApiIdOfAnotherEnteIsNotFoundThoughItsOwnerReadsIt()
    {
        var (operations, demo, other) = (await ApiOperationsAsync(), await DemoIdsAsync(), await OtherIdsAsync());
        var (owner, segretario) = (await OtherSegretarioAsync(), await App.Accounts.ClientAsync("segretario"));
        var failures = new List<string>();

        foreach (var operation in operations.Where(o => o.Parameters.Count > 0))
        {
            if (!Changes(operation))
            {
                var own = await SendAsync(owner, operation, operation.Url(other));
                Check(failures, $"{operation.Name} by the owner ente's Segretario (the ids must be real)", own, HttpStatusCode.OK);
            }

            foreach (var (swapped, url) in operation.Cases(demo, other, swapNumbers: false))
            {
                var answer = await SendAsync(segretario, operation, url);
                ExpectNotFound(failures, $"{operation.Name} with another ente's {swapped.Name}", answer, swapped);
                if (answer.Body.Contains(OtherEnte.Marker, StringComparison.Ordinal))
                {
                    failures.Add($"{operation.Name} with another ente's {swapped.Name}: the answer shows the other ente's data: {answer.Excerpt}");
                }
            }
        }

        failures.ShouldBeEmpty(Report(failures));
    }

    [Fact]
    public async Task EveryApiIdMadeUpIsNotFound()
    {
        var (operations, demo) = (await ApiOperationsAsync(), await DemoIdsAsync());
        var segretario = await App.Accounts.ClientAsync("segretario");
        var failures = new List<string>();

        foreach (var operation in operations.Where(o => o.Parameters.Count > 0))
        {
            foreach (var (swapped, url) in operation.Cases(demo, IdSet.MadeUp(), swapNumbers: true))
            {
                ExpectNotFound(failures, $"{operation.Name} with a made-up {swapped.Name}", await SendAsync(segretario, operation, url), swapped);
            }
        }

        failures.ShouldBeEmpty(Report(failures));
    }

    [Fact]
    public async Task EveryApiChangeByIdIsForbiddenToAWrongRoleAndToTheHeadOfAnotherUnit()
    {
        var (operations, demo) = (await ApiOperationsAsync(), await DemoIdsAsync());
        var failures = new List<string>();

        var writes = operations.Where(o => Changes(o) && o.Parameters.Count > 0).ToList();
        foreach (var username in WrongWriters)
        {
            var http = await App.Accounts.ClientAsync(username);
            foreach (var operation in writes.Where(o => !(RightfulWriters.TryGetValue(o.OperationId ?? "", out var users) && users.Contains(username))))
            {
                Check(failures, $"{operation.Name} by {username} on Settore I", await SendAsync(http, operation, operation.Url(demo)), HttpStatusCode.Forbidden);
            }
        }

        foreach (var operation in operations.Where(o => o.OperationId is { } id && RestrictedReads.ContainsKey(id)))
        {
            foreach (var username in RestrictedReads[operation.OperationId!])
            {
                var answer = await SendAsync(await App.Accounts.ClientAsync(username), operation, operation.Url(demo));
                Check(failures, $"{operation.Name} by {username}", answer, HttpStatusCode.Forbidden);
            }
        }

        writes.Select(o => o.OperationId).ShouldContain("UpdateObjective", "a card edit is among the changes tried");
        failures.ShouldBeEmpty(Report(failures));
    }

    [Fact]
    public async Task EveryParameterOfEveryRouteIsKnownToTheMatrix()
    {
        var unknown = new List<string>();
        IdRoutes.ApiOperations(await App.Http.GetJsonAsync("openapi/v1.json"), unknown);
        var pages = IdRoutes.Pages(unknown);

        unknown.ShouldBeEmpty(Report(unknown));
        pages.Select(p => p.Route.Template).ShouldContain("/obiettivi/{ObjectiveId:guid}", "reflection finds the pages");
    }

    private async Task<IReadOnlyList<IdRoute>> ApiOperationsAsync()
    {
        var unknown = new List<string>();
        var operations = IdRoutes.ApiOperations(await App.Http.GetJsonAsync("openapi/v1.json"), unknown);
        unknown.ShouldBeEmpty(Report(unknown));
        return operations;
    }

    /// <summary>Ids of the demo comune: the plan, Settore I, its first card, its head, version 1, a Settore I employee's sheet.</summary>
    private async Task<IdSet> DemoIdsAsync()
    {
        var segretario = await App.Accounts.ClientAsync("segretario");
        var plan = await segretario.DemoPlanAsync();
        var unit = plan["units"]!.AsArray().Single(u => (string?)u!["code"] == "I")!;
        var objective = Guid.Parse((string)unit["objectives"]![0]!["id"]!);
        var sheets = (await segretario.GetJsonAsync("api/v1/sheets?year=2024")).AsArray();
        var sheet = sheets.First(s => (string?)s!["orgUnitId"] == (string?)unit["id"] && (string?)s!["role"] == "Dipendente")!;
        return new IdSet(
            Guid.Parse((string)plan["id"]!),
            objective,
            Guid.Parse((string)unit["id"]!),
            Guid.Parse((string)unit["managers"]![0]!["personId"]!),
            VersionNumber: 1,
            Sheet: Guid.Parse((string)sheet["id"]!)) { Evidence = await EvidenceSeed.EvidenceOfAsync(App.Services, objective) };
    }

    private async Task<IdSet> OtherIdsAsync()
    {
        var other = await App.OtherEnteAsync();
        return new IdSet(other.PlanId, other.ObjectiveId, other.UnitId, other.PersonId, OtherEnte.VersionNumber, other.SheetId)
        {
            Evidence = await EvidenceSeed.EvidenceOfAsync(App.Services, other.ObjectiveId),
        };
    }

    private async Task<HttpClient> OtherSegretarioAsync()
    {
        await App.OtherEnteAsync();
        return await App.Accounts.ClientAsync(OtherEnte.SegretarioUsername, OtherEnte.Password);
    }

    private static async Task<Answer> SendAsync(HttpClient http, IdRoute operation, string url, string? body = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), url);
        if (operation.HasBody)
        {
            body ??= operation.OperationId is { } id && Bodies.TryGetValue(id, out var sample)
                ? sample
                : throw new ShouldAssertException(
                    $"{operation.Name} ({operation.OperationId}) takes a body the IDOR matrix has no sample of: add one to IdorMatrix.Bodies.");
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), response.Headers.Location);
    }

    private static bool Changes(IdRoute operation) => operation.Method != "GET" && !Computations.Contains(operation.OperationId);

    /// <summary>
    /// 404 problem JSON; for an id in the query (an option of the call, not the resource called) a 400 that names the
    /// parameter says the same.
    /// </summary>
    private static void ExpectNotFound(List<string> failures, string what, Answer answer, IdParameter swapped)
    {
        if (swapped.InQuery && answer.Status == HttpStatusCode.BadRequest)
        {
            var errors = answer.MediaType == "application/problem+json" ? JsonNode.Parse(answer.Body)?["errors"]?.AsObject() : null;
            if (errors?.Any(e => string.Equals(e.Key, swapped.Name, StringComparison.OrdinalIgnoreCase)) != true)
            {
                failures.Add($"{what}: 400 that does not name {swapped.Name}: {answer.Excerpt}");
            }

            return;
        }

        Check(failures, what, answer, HttpStatusCode.NotFound);
    }

    /// <summary>The answer has <paramref name="status"/>; an error is problem JSON saying so (never HTML, never a redirect).</summary>
    private static void Check(List<string> failures, string what, Answer answer, HttpStatusCode status)
    {
        if (answer.Status != status)
        {
            failures.Add($"{what}: {(int)answer.Status} instead of {(int)status} {answer.Location} {answer.Excerpt}");
            return;
        }

        if ((int)status < 400)
        {
            return;
        }

        var problem = answer.MediaType == "application/problem+json" ? JsonNode.Parse(answer.Body) : null;
        if ((int?)problem?["status"] != (int)status)
        {
            failures.Add($"{what}: {(int)status} but not as problem JSON ({answer.MediaType}): {answer.Excerpt}");
        }
    }

    private sealed record Answer(HttpStatusCode Status, string? MediaType, string Body, Uri? Location)
    {
        public string Excerpt => Body.Length > 300 ? Body[..300] + "…" : Body;
    }

    private static string Report(IReadOnlyCollection<string> failures) =>
        $"{failures.Count} failure(s):{Environment.NewLine}{string.Join(Environment.NewLine, failures)}";
}
