using System.Net;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary>
/// The what-if routes as a whole: described in <c>/openapi/v1.json</c> with their 400 problem details, and open only
/// to a signed-in user.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ScoringApiSurface(PiaoAppFixture app)
{
    [Fact]
    public async Task OpenApiDescribesTheFourRoutesTheirFieldsAndTheirBadRequests()
    {
        // One fetch: the document is generated on each request (about 0,1 s).
        var document = await app.Http.GetJsonAsync("openapi/v1.json");

        foreach (var (path, method) in new[]
        {
            ("/api/v1/scoring/sheet", "post"),
            ("/api/v1/scoring/fund-split", "post"),
            ("/api/v1/scoring/weighting-grid", "post"),
            ("/api/v1/calendar/deadline", "get"),
        })
        {
            var operation = document["paths"]![path]?[method];
            operation.ShouldNotBeNull($"{method.ToUpperInvariant()} {path} is not documented");
            operation["responses"]!["200"].ShouldNotBeNull($"{path}: 200");
            operation["responses"]!["400"]?["content"]?["application/problem+json"].ShouldNotBeNull($"{path}: 400 problem details");
        }

        var schemas = document["components"]!["schemas"]!;
        schemas["SheetRequest"]!["properties"].ShouldHaveProperties(
            "role", "year", "entePerformance", "objectives", "behaviourScores", "sanctions", "service", "pay", "options");
        schemas["SheetResponse"]!["properties"].ShouldHaveProperties(
            "objectives", "objectivesSum", "a", "b", "c", "d", "dAfterSanctions", "band", "negative", "evaluable", "serviceFactor", "pay", "explanation");
        schemas["SheetRequest"]!["required"]!.AsArray().Select(r => (string?)r).ShouldNotContain("pay", "optional parts are not required");
        schemas["FundSplitRequest"]!["properties"].ShouldHaveProperties("fund", "coefficients", "units");
        schemas["WeightingGridRequest"]!["properties"].ShouldHaveProperties("importance", "externalImpact", "complexity", "feasibility", "contributionPct");
        var deadline = document["paths"]!["/api/v1/calendar/deadline"]!["get"]!["parameters"]!.AsArray();
        deadline.Select(p => (string?)p!["name"]).ShouldBe(["from", "workingDays"]);
    }

    [Theory]
    [InlineData("api/v1/scoring/sheet")]
    [InlineData("api/v1/scoring/fund-split")]
    [InlineData("api/v1/scoring/weighting-grid")]
    [InlineData("api/v1/calendar/deadline?from=2025-03-03&workingDays=10")]
    public async Task RouteRequiresASignedInUser(string path)
    {
        using var anonymous = new HttpClient { BaseAddress = app.BaseAddress };

        var answer = path.Contains("deadline", StringComparison.Ordinal)
            ? await anonymous.GetAnswerAsync(path)
            : await anonymous.PostJsonAsync(path, new JsonObject());

        answer.Status.ShouldBe(HttpStatusCode.Unauthorized, answer.Body);
        answer.MediaType.ShouldBe("application/problem+json");
    }
}
