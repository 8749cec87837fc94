using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

// Bad input to POST /api/v1/scoring/sheet: always a 400 problem details whose errors map names the field with an
// Italian message, never a 500.
public sealed partial class ScoringSheetApi
{
    /// <summary>Case name → (request, field the error must name). Names are the test cases' display names.</summary>
    private static readonly Dictionary<string, (Func<JsonNode> Body, string Field)> BadCases = new()
    {
        ["weights totalling 99"] = (() => WithoutObjectives().Objective("O1", 50m, 100m).Objective("O2", 49m, 100m).Build(), "objectives"),
        ["weights totalling 101"] = (() => WithoutObjectives().Objective("O1", 50m, 100m).Objective("O2", 51m, 100m).Build(), "objectives"),
        ["a mix of set and unset weights"] = (() => WithoutObjectives().Objective("O1", 50m, 100m).Objective("O2", null, 100m).Objective("O3", 50m, 100m).Build(), "objectives[1].weight"),
        ["no objectives"] = (() => WithoutObjectives().Build(), "objectives"),
        ["an objective that is null"] = (() => With(WithoutObjectives().Objective("O1", null, 100m).Build(), b => b["objectives"]!.AsArray().Add(null)), "objectives[1]"),
        ["a negative achievement"] = (() => WithoutObjectives().Objective("O1", null, -1m).Build(), "objectives[0].achievementPct"),
        ["an objective without achievement"] = (() => WithoutObjectives().Objective(new JsonObject { ["id"] = "O1" }).Build(), "objectives[0].achievementPct"),
        ["an unknown rule kind"] = (() => WithoutObjectives().Objective(new JsonObject { ["id"] = "O1", ["rule"] = new JsonObject { ["kind"] = "Lineare" } }).Build(), "objectives[0].rule.kind"),
        ["a milestone step that is null"] = (() => WithoutObjectives().Objective(new JsonObject { ["id"] = "O1", ["rule"] = new JsonObject { ["kind"] = "Milestone", ["steps"] = new JsonArray((JsonNode?)null) }, ["reachedStep"] = "Bozza" }).Build(), "objectives[0].rule.steps[0]"),
        ["a proportional rule without target"] = (() => WithoutObjectives().Objective(new JsonObject { ["id"] = "O1", ["rule"] = new JsonObject { ["kind"] = "Proportional" }, ["measuredValue"] = 5 }).Build(), "objectives[0].rule.target"),
        ["a negative ente performance"] = (() => OneObjective().Set("entePerformance", -1).Build(), "entePerformance"),
        ["an ente performance above 100"] = (() => OneObjective().Set("entePerformance", 100.01m).Build(), "entePerformance"),
        ["a behaviour score above the item maximum"] = (() => OneObjective([5, 4, 6, 4, 5, 4, 5, 4, 5, 4]).Build(), "behaviourScores[2]"),
        ["a negative behaviour score"] = (() => OneObjective([5, 4, 5, 4, 5, 4, 5, 4, 5, -1]).Build(), "behaviourScores[9]"),
        ["a Segretario score above a four-point item"] = (() => SheetRequestBuilder.Segretario(90m, 5, 5, 5, 5, 5, 4, 4, 4, 4).Objective("1", null, 100m).Build(), "behaviourScores[4]"),
        ["a fractional behaviour score"] = (() => With(OneObjective().Build(), b => b["behaviourScores"]![0] = 4.5m), "behaviourScores[0]"),
        ["too few behaviour scores"] = (() => OneObjective([5, 4, 5]).Build(), "behaviourScores"),
        ["too many behaviour scores"] = (() => OneObjective([5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5]).Build(), "behaviourScores"),
        ["no behaviour scores"] = (() => OneObjective().Without("behaviourScores").Build(), "behaviourScores"),
        ["service to before from"] = (() => OneObjective().Service(("from", "2024-05-01"), ("to", "2024-04-30")).Build(), "service.to"),
        ["an impossible date"] = (() => OneObjective().Service(("from", "2024-02-30")).Build(), "service.from"),
        ["an unknown role"] = (() => OneObjective().Set("role", "Sindaco").Build(), "role"),
        ["no role"] = (() => OneObjective().Without("role").Build(), "role"),
        ["a string where a number goes"] = (() => OneObjective().Set("year", "duemilaventiquattro").Build(), "year"),
        ["a year out of range"] = (() => OneObjective().Set("year", 1999).Build(), "year"),
        ["a negative sanction count"] = (() => OneObjective().Set("sanctions", new JsonObject { ["fine"] = -1 }).Build(), "sanctions.fine"),
        ["a negative pay maximum"] = (() => OneObjective().Pay(-1m).Build(), "pay.maximum"),
        ["a pay maximum too large to compute"] = (() => OneObjective().Pay(79_000_000_000_000_000_000_000_000_000m).Build(), "pay.maximum"),
        ["an unknown option value"] = (() => OneObjective().Options(("prorationBasis", "weeks")).Build(), "options.prorationBasis"),
    };

    public static TheoryData<string> BadCaseNames => new(BadCases.Keys);

    [Theory]
    [MemberData(nameof(BadCaseNames))]
    public async Task BadInputIsAProblemNamingTheField(string name)
    {
        var (body, field) = BadCases[name];

        var answer = await app.PostJsonAsync(ScoringApiClient.Sheet, body());

        answer.ShouldBeProblemNaming(field);
    }

    [Fact]
    public async Task WeightsTotalling99AreRefusedWithTheTotalInTheMessage()
    {
        var answer = await app.PostJsonAsync(ScoringApiClient.Sheet, WithoutObjectives().Objective("O1", 50m, 100m).Objective("O2", 49m, 100m).Build());

        answer.ShouldBeProblemNaming("objectives").ShouldContain("99");
    }

    [Theory]
    [InlineData("{\"role\":\"Dipendente\",\"year\":2024,", "application/json")]
    [InlineData("not json", "application/json")]
    [InlineData("[]", "application/json")]
    [InlineData("null", "application/json")]
    [InlineData("", "application/json")]
    public async Task MalformedJsonIsAProblemNotAServerError(string body, string contentType)
    {
        var answer = await app.PostRawAsync(ScoringApiClient.Sheet, body, contentType);

        answer.ShouldBeProblemNaming("");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task BodyThatIsNotJsonIsAnUnsupportedMediaTypeProblem(string contentType)
    {
        var answer = await app.PostRawAsync(ScoringApiClient.Sheet, OneObjective().Build().ToJsonString(), contentType);

        answer.ShouldBeProblemNaming("", HttpStatusCode.UnsupportedMediaType).ShouldContain("application/json");
    }

    [Fact]
    public async Task WrongMethodOrUnknownRouteIsAProblemNotAPage()
    {
        using var put = new HttpRequestMessage(HttpMethod.Put, ScoringApiClient.Sheet) { Content = JsonContent.Create(OneObjective().Build()) };

        var answer = await app.SendAsync(put);

        answer.ShouldBeProblemNaming("", HttpStatusCode.MethodNotAllowed);
        (await app.GetAnswerAsync(ScoringApiClient.Sheet)).ShouldBeProblemNaming("", HttpStatusCode.NotFound);
    }

    private static SheetRequestBuilder WithoutObjectives() => SheetRequestBuilder.Dipendente(90m, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4);

    private static SheetRequestBuilder OneObjective(int[]? behaviour = null) =>
        SheetRequestBuilder.Dipendente(90m, behaviour ?? [5, 4, 5, 4, 5, 4, 5, 4, 5, 4]).Objective("O1", null, 100m);

    private static JsonNode With(JsonNode body, Action<JsonNode> change)
    {
        change(body);
        return body;
    }
}
