using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary><c>POST /api/v1/scoring/weighting-grid</c>: the S4 grid, 5/3/1 with Realizzabilità reversed (SPEC §6 Example 5).</summary>
[Collection(AppCollection.Name)]
public sealed class WeightingGridApi(PiaoAppFixture app)
{
    [Theory]
    [InlineData("Alto", "Alto", "Alto", "Medio", 18, 4.5)]
    [InlineData("Alto", "Medio", "Medio", "Medio", 14, 3.5)]
    [InlineData("Alto", "Alto", "Alto", "Basso", 20, 5.0)]
    [InlineData("Medio", "Basso", "Alto", "Alto", 10, 2.5)]
    public async Task Example5ScoresTheGridAndTheAbsoluteWeightAtTwentyFivePercent(
        string importance, string externalImpact, string complexity, string feasibility, int score, decimal absoluteWeight)
    {
        var grid = (await app.PostJsonAsync(ScoringApiClient.WeightingGrid,
            Grid(importance, externalImpact, complexity, feasibility, contributionPct: 25))).ShouldBeOk();

        ((int?)grid["score"]).ShouldBe(score);
        grid.Number("absoluteWeight").ShouldBe(absoluteWeight);
    }

    [Fact]
    public async Task WithoutAContributionThereIsNoAbsoluteWeight()
    {
        var grid = (await app.PostJsonAsync(ScoringApiClient.WeightingGrid, Grid("Medio", "Basso", "Alto", "Alto"))).ShouldBeOk();

        ((int?)grid["score"]).ShouldBe(10);
        grid.AsObject().ContainsKey("absoluteWeight").ShouldBeTrue();
        grid["absoluteWeight"].ShouldBeNull();
    }

    [Theory]
    [InlineData("importance")]
    [InlineData("externalImpact")]
    [InlineData("complexity")]
    [InlineData("feasibility")]
    public async Task MissingVariableIsAProblemNamingIt(string variable)
    {
        var request = Grid("Alto", "Alto", "Alto", "Medio");
        request.Remove(variable);

        var answer = await app.PostJsonAsync(ScoringApiClient.WeightingGrid, request);

        answer.ShouldBeProblemNaming(variable);
    }

    [Fact]
    public async Task UnknownLevelIsAProblemNamingTheVariable()
    {
        var answer = await app.PostJsonAsync(ScoringApiClient.WeightingGrid, Grid("Altissimo", "Alto", "Alto", "Medio"));

        answer.ShouldBeProblemNaming("importance");
    }

    [Fact]
    public async Task ContributionAboveOneHundredIsAProblem()
    {
        var answer = await app.PostJsonAsync(ScoringApiClient.WeightingGrid, Grid("Alto", "Alto", "Alto", "Medio", contributionPct: 120));

        answer.ShouldBeProblemNaming("contributionPct");
    }

    private static JsonObject Grid(string importance, string externalImpact, string complexity, string feasibility, decimal? contributionPct = null)
    {
        var grid = new JsonObject
        {
            ["importance"] = importance,
            ["externalImpact"] = externalImpact,
            ["complexity"] = complexity,
            ["feasibility"] = feasibility,
        };
        if (contributionPct is { } pct)
        {
            grid["contributionPct"] = pct;
        }

        return grid;
    }
}
