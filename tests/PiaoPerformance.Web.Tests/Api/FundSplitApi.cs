using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary><c>POST /api/v1/scoring/fund-split</c>: the fund across units by head-count × coefficient (SPEC §4.7).</summary>
[Collection(AppCollection.Name)]
public sealed class FundSplitApi(PiaoAppFixture app)
{
    [Fact]
    public async Task Example7SplitsFiftyThousandEurosByCoefficientToTheCent()
    {
        var split = (await app.PostJsonAsync(ScoringApiClient.FundSplit, Example7())).ShouldBeOk();

        var units = split["units"]!.AsArray();
        units.Select(u => (string?)u!["id"]).ShouldBe(["A", "B"]);
        units.Select(u => u.Number("weightedUnits")).ShouldBe([11.23m, 8.53m]);
        units.Select(u => u.Number("amount")).ShouldBe([28415.99m, 21584.01m]);
        split.Number("total").ShouldBe(50000.00m);
        split["explanation"]!.AsArray().Select(l => (string?)l).ShouldContain(l => l!.Contains("19,76"));
    }

    [Fact]
    public async Task CustomCoefficientsOverrideTheContractOnes()
    {
        var request = Example7();
        request["coefficients"] = new JsonObject { ["Funzionari"] = 2, ["Istruttori"] = 1.5 };

        var split = (await app.PostJsonAsync(ScoringApiClient.FundSplit, request)).ShouldBeOk();

        // A: 2 + 3 × 1,06 + 4 × 1,5 + 1 × 2 = 13,18; B: 5 × 1,5 + 2 × 2 = 11,5.
        var units = split["units"]!.AsArray();
        units.Select(u => u.Number("weightedUnits")).ShouldBe([13.18m, 11.5m]);
        units.Sum(u => u.Number("amount")).ShouldBe(50000m);
        units[0].Number("amount").ShouldBe(Math.Round(50000m * 13.18m / 24.68m, 2));
    }

    [Fact]
    public async Task RoundingRemainderGoesToTheLargestPot()
    {
        var request = new JsonObject
        {
            ["fund"] = 100,
            ["units"] = new JsonArray(Unit("X", ("Operatori", 1)), Unit("Y", ("Operatori", 1)), Unit("Z", ("Operatori", 1))),
        };

        var split = (await app.PostJsonAsync(ScoringApiClient.FundSplit, request)).ShouldBeOk();

        split["units"]!.AsArray().Select(u => u.Number("amount")).ShouldBe([33.34m, 33.33m, 33.33m]);
        split.Number("total").ShouldBe(100m);
    }

    [Theory]
    [InlineData("negative fund", "fund")]
    [InlineData("missing fund", "fund")]
    [InlineData("fund in fractions of a cent", "fund")]
    [InlineData("no units", "units")]
    [InlineData("unit that is null", "units[0]")]
    [InlineData("unit without id", "units[0].id")]
    [InlineData("negative head-count", "units[0].staff")]
    [InlineData("zero coefficient", "coefficients")]
    [InlineData("unknown area", "units[0].staff.Dirigenti")]
    [InlineData("fund too large to compute", "fund")]
    public async Task BadInputIsAProblemNamingTheField(string name, string field)
    {
        var request = Example7();
        switch (name)
        {
            case "negative fund": request["fund"] = -1; break;
            case "missing fund": request.Remove("fund"); break;
            case "fund in fractions of a cent": request["fund"] = 100.001m; break;
            case "no units": request["units"] = new JsonArray(); break;
            case "unit that is null": request["units"] = new JsonArray((JsonNode?)null); break;
            case "unit without id": request["units"]![0]!.AsObject().Remove("id"); break;
            case "negative head-count": request["units"]![0]!["staff"]!["Operatori"] = -2; break;
            case "zero coefficient": request["coefficients"] = new JsonObject { ["Operatori"] = 0 }; break;
            case "unknown area": request["units"]![0]!["staff"]!["Dirigenti"] = 1; break;
            case "fund too large to compute": request["fund"] = 70_000_000_000_000_000_000_000_000_000m; break;
        }

        var answer = await app.PostJsonAsync(ScoringApiClient.FundSplit, request);

        answer.ShouldBeProblemNaming(field);
    }

    /// <summary>SPEC §6 Example 7: settore A and B on 1 January.</summary>
    private static JsonObject Example7() => new()
    {
        ["fund"] = 50000.00m,
        ["units"] = new JsonArray(
            Unit("A", ("Operatori", 2), ("OperatoriEsperti", 3), ("Istruttori", 4), ("Funzionari", 1)),
            Unit("B", ("Istruttori", 5), ("Funzionari", 2))),
    };

    private static JsonObject Unit(string id, params (string Area, int Count)[] staff) => new()
    {
        ["id"] = id,
        ["staff"] = new JsonObject(staff.Select(s => KeyValuePair.Create(s.Area, (JsonNode?)s.Count))),
    };
}
