using System.Text.Json;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary>
/// <c>POST /api/v1/scoring/sheet</c> as a client sees it: the worked examples of SPEC §6 through the wire, the rule
/// kinds, service and options, the field names of issue 4.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class ScoringSheetApi(PiaoAppFixture app)
{
    private static readonly int[] Example1Behaviour = [5, 4, 5, 4, 5, 4, 5, 4, 5, 4];

    private static readonly JsonObject Example1Milestone = new()
    {
        ["kind"] = "Milestone",
        ["steps"] = new JsonArray(Step("label", "Approvazione", 100m), Step("label", "Bozza", 75m)),
    };

    [Fact]
    public async Task Example1EmployeeScores92_125AndFallsToTheEightyBandWithAFine()
    {
        var clean = await ScoreAsync(Example1().Pay(1000m));
        clean.Number("objectivesSum").ShouldBe(92.5m);
        clean.Number("a").ShouldBe(24m);
        clean.Number("b").ShouldBe(23.125m);
        clean.Number("c").ShouldBe(45m);
        clean.Number("d").ShouldBe(92.125m);
        clean.Number("dAfterSanctions").ShouldBe(92.125m);
        ((string?)clean["band"]!["label"]).ShouldBe("PERFORMANCE OTTIMA");
        clean.Number("pay").ShouldBe(1000m);

        var fined = await ScoreAsync(Example1().Pay(1000m).Set("sanctions", new JsonObject { ["fine"] = 1 }));
        fined.Number("d").ShouldBe(92.125m);
        fined.Number("dAfterSanctions").ShouldBe(87.51875m);
        ((string?)fined["band"]!["label"]).ShouldBe("PERFORMANCE BUONA");
        fined["band"].Number("payPct").ShouldBe(80m);
        fined.Number("pay").ShouldBe(800m);
        ((bool?)fined["negative"]).ShouldBe(false);
    }

    [Theory]
    [InlineData(null, 84.755)]
    [InlineData("additive", 84.755)]
    [InlineData("multiplicative", 84.8931875)]
    public async Task Example1ReprimandAndFineCombineAsTheSanctionOptionSays(string? combination, decimal expected)
    {
        var request = Example1().Set("sanctions", new JsonObject { ["writtenReprimand"] = 1, ["fine"] = 1 });
        if (combination is not null)
        {
            request.Options(("sanctionCombination", combination));
        }

        var sheet = await ScoreAsync(request);

        sheet.Number("dAfterSanctions").ShouldBe(expected);
        sheet["band"].Number("payPct").ShouldBe(80m);
    }

    [Fact]
    public async Task Example2DirigenteWithEqualWeightsInterimAndMissedPaymentTimesGets7700()
    {
        var sheet = await ScoreAsync(Example2(entePerformance: 90m, [4, 4, 3, 4, 5, 4, 4, 3], 100m, 100m, 50m));

        sheet["objectives"]!.AsArray().Select(o => Math.Round(o.Number("effectiveWeight"), 4)).ShouldBe([33.3333m, 33.3333m, 33.3333m]);
        Math.Round(sheet.Number("objectivesSum"), 4).ShouldBe(83.3333m);
        sheet.Number("a").ShouldBe(31.5m);
        Math.Round(sheet.Number("b"), 4).ShouldBe(20.8333m);
        sheet.Number("c").ShouldBe(31m);
        Math.Round(sheet.Number("d"), 4).ShouldBe(83.3333m);
        sheet["band"].Number("payPct").ShouldBe(100m);
        sheet.Number("pay").ShouldBe(7700m);
    }

    [Fact]
    public async Task Example2VariantAtDSixtyGetsHalfPayThen3850()
    {
        // A = 60 × 35 % = 21, B = 100 × 25 % = 25, C = 14: D = 60 exactly.
        var sheet = await ScoreAsync(Example2(entePerformance: 60m, [2, 2, 2, 2, 2, 2, 1, 1], 100m, 100m, 100m));

        sheet.Number("d").ShouldBe(60m);
        sheet["band"].Number("payPct").ShouldBe(50m);
        sheet.Number("pay").ShouldBe(3850m);
    }

    [Fact]
    public async Task PaymentTimesInWeightModeCutNothingMore()
    {
        var sheet = await ScoreAsync(Example2(entePerformance: 90m, [4, 4, 3, 4, 5, 4, 4, 3], 100m, 100m, 50m)
            .Options(("paymentTimesMode", "weight")));

        sheet.Number("pay").ShouldBe(11000m);
    }

    [Fact]
    public async Task Example3ExcludedObjectiveGivesItsWeightToTheOthersProportionally()
    {
        var sheet = await ScoreAsync(Example3(excludeStrategic2: true));

        var objectives = sheet["objectives"]!.AsArray();
        objectives.Select(o => o.Number("originalWeight")).ShouldBe([4m, 2m, 4m, 30m, 15m, 15m, 10m, 10m, 10m]);
        objectives.Select(o => Math.Round(o.Number("effectiveWeight"), 4))
            .ShouldBe([5.7143m, 2.8571m, 5.7143m, 0m, 21.4286m, 21.4286m, 14.2857m, 14.2857m, 14.2857m]);
        Math.Round(objectives[2].Number("achievementPct"), 4).ShouldBe(90m);
        Math.Round(objectives[2].Number("weightedScore"), 4).ShouldBe(5.1429m);
        Math.Round(objectives.Where(o => !(bool)o!["excluded"]!).Sum(o => o.Number("effectiveWeight")), 20).ShouldBe(100m);
        Math.Round(sheet.Number("objectivesSum"), 4).ShouldBe(92.2857m);
        Explanation(sheet).ShouldContain(line => line.Contains("SO2 escluso") && line.Contains("ridistribuito proporzionalmente"));
    }

    [Fact]
    public async Task Example3WithoutTheExclusionGives94_60()
    {
        var sheet = await ScoreAsync(Example3(excludeStrategic2: false));

        sheet.Number("objectivesSum").ShouldBe(94.6m);
    }

    [Theory]
    [InlineData("contingentNotExercised", 95.8333)]
    [InlineData("excluded", 95.8333)]
    [InlineData(null, 96.25)]
    public async Task Example4SegretarioContingentFunctionNotExercisedIsReweighted(string? flag, decimal expectedSum)
    {
        var request = SheetRequestBuilder.Segretario(90m, 5, 5, 5, 5, 4, 4, 4, 4, 4)
            .Objective("1", 25m, 100m)
            .Objective(new JsonObject
            {
                ["id"] = "2",
                ["weight"] = 15,
                ["rule"] = new JsonObject
                {
                    ["kind"] = "Milestone",
                    ["steps"] = new JsonArray(Step("label", "Approvazione", 100m), Step("label", "Predisposizione bozza", 75m)),
                },
                ["reachedStep"] = "Predisposizione bozza",
            })
            .Objective("3", 10m, 100m).Objective("4", 15m, 100m).Objective("5", 15m, 100m).Objective("6", 10m, 100m);
        var seventh = new JsonObject { ["id"] = "7", ["weight"] = 10, ["achievementPct"] = 100 };
        if (flag is not null)
        {
            seventh[flag] = true;
        }

        var sheet = await ScoreAsync(request.Objective(seventh));

        Math.Round(sheet.Number("objectivesSum"), 4).ShouldBe(expectedSum);
        if (flag is not null)
        {
            sheet["objectives"]!.AsArray().Take(6).Select(o => Math.Round(o.Number("effectiveWeight"), 4))
                .ShouldBe([27.7778m, 16.6667m, 11.1111m, 16.6667m, 16.6667m, 11.1111m]);
            sheet["objectives"]![6].Number("effectiveWeight").ShouldBe(0m);
        }
    }

    [Fact]
    public async Task Example12EqScoresEightyThree()
    {
        var sheet = await ScoreAsync(SheetRequestBuilder.Eq(90m, 4, 3, 4, 3, 4, 4)
            .Objective("1", 40m, 100m).Objective("2", 30m, 50m).Objective("3", 30m, 100m)
            .Pay(5000m));

        sheet.Number("objectivesSum").ShouldBe(85m);
        sheet.Number("a").ShouldBe(27m);
        sheet.Number("b").ShouldBe(34m);
        sheet.Number("c").ShouldBe(22m);
        sheet.Number("d").ShouldBe(83m);
        sheet["band"].Number("payPct").ShouldBe(100m);
        sheet.Number("pay").ShouldBe(5000m);
    }

    [Theory]
    [InlineData(39.99, 0)]
    [InlineData(40, 50)]
    [InlineData(74.99, 50)]
    [InlineData(75, 100)]
    public async Task NumericThresholdUsesInclusiveLowerBounds(decimal measured, decimal expectedPct)
    {
        var rule = new JsonObject
        {
            ["kind"] = "NumericThreshold",
            ["steps"] = new JsonArray(Step("from", 75m, 100m), Step("from", 40m, 50m), Step("from", 0m, 0m)),
        };

        var objective = await ScoreOneObjectiveAsync(new JsonObject { ["id"] = "T", ["weight"] = null, ["rule"] = rule, ["measuredValue"] = measured });

        objective.Number("achievementPct").ShouldBe(expectedPct);
    }

    [Theory]
    [InlineData("LowerIsBetter", 40, 75)]
    [InlineData("LowerIsBetter", 25, 100)]
    [InlineData("HigherIsBetter", 24, 80)]
    public async Task ProportionalRuleFollowsItsPolarity(string polarity, decimal measured, decimal expectedPct)
    {
        var rule = new JsonObject { ["kind"] = "Proportional", ["target"] = 30, ["polarity"] = polarity };

        var objective = await ScoreOneObjectiveAsync(new JsonObject { ["id"] = "P", ["rule"] = rule, ["measuredValue"] = measured });

        objective.Number("achievementPct").ShouldBe(expectedPct);
    }

    [Theory]
    [InlineData(true, 100)]
    [InlineData(false, 0)]
    public async Task BinaryRuleIsAllOrNothing(bool reached, decimal expectedPct)
    {
        var objective = await ScoreOneObjectiveAsync(new JsonObject { ["id"] = "B", ["rule"] = new JsonObject { ["kind"] = "Binary" }, ["reached"] = reached });

        objective.Number("achievementPct").ShouldBe(expectedPct);
    }

    [Fact]
    public async Task ThirdPartyDelayCountsAsAchieved()
    {
        var objective = await ScoreOneObjectiveAsync(new JsonObject { ["id"] = "D", ["achievementPct"] = 20, ["thirdPartyDelay"] = true });

        objective.Number("achievementPct").ShouldBe(100m);
    }

    [Fact]
    public async Task ExplanationIsAnOrderedListOfItalianSentences()
    {
        var sheet = await ScoreAsync(Example1().Pay(1000m).Set("sanctions", new JsonObject { ["fine"] = 1 }));

        var lines = Explanation(sheet);
        lines.Count.ShouldBeGreaterThan(5);
        lines.ShouldAllBe(line => !string.IsNullOrWhiteSpace(line));
        lines.ShouldContain(line => line.StartsWith("Componente A = 96 × 25 %", StringComparison.Ordinal));
        lines.ShouldContain(line => line.Contains("multa"));
        lines.ShouldContain(line => line.StartsWith("Fascia:", StringComparison.Ordinal) && line.Contains("PERFORMANCE BUONA"));
        var componentA = lines.FindIndex(line => line.StartsWith("Componente A", StringComparison.Ordinal));
        var band = lines.FindIndex(line => line.StartsWith("Fascia:", StringComparison.Ordinal));
        componentA.ShouldBeLessThan(band, "the steps come in the order of computation (SPEC §4.17)");
    }

    [Fact]
    public async Task ResponseUsesTheFieldNamesOfTheIssueAsJsonNumbers()
    {
        var sheet = await ScoreAsync(Example1().Pay(1000m));

        sheet.ShouldHaveProperties(
            "objectives", "objectivesSum", "a", "b", "c", "d", "dAfterSanctions", "band", "negative", "evaluable", "serviceFactor", "pay", "explanation");

        sheet["objectives"]![0]!.ShouldHaveProperties("id", "originalWeight", "effectiveWeight", "achievementPct", "weightedScore");
        sheet["band"]!.ShouldHaveProperties("label", "payPct");
        foreach (var number in new[] { "objectivesSum", "a", "b", "c", "d", "dAfterSanctions", "serviceFactor", "pay" })
        {
            sheet[number]!.GetValueKind().ShouldBe(JsonValueKind.Number, number);
        }

        sheet["negative"]!.GetValueKind().ShouldBe(JsonValueKind.False);
        sheet["evaluable"]!.GetValueKind().ShouldBe(JsonValueKind.True);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PayIsNullWithoutAMaximum(bool payWithoutMaximum)
    {
        var request = Example1();
        if (payWithoutMaximum)
        {
            request.Set("pay", new JsonObject { ["interimIncrease"] = false, ["paymentTimesMet"] = null });
        }

        var sheet = await ScoreAsync(request);

        sheet.AsObject().ContainsKey("pay").ShouldBeTrue("pay is written, as null");
        sheet["pay"].ShouldBeNull();
        sheet["band"].Number("payPct").ShouldBe(100m);
    }

    [Fact]
    public async Task PartYearServiceProratesThePayByWholeMonths()
    {
        var sheet = await ScoreAsync(SheetRequestBuilder.TopEmployee()
            .Service(("from", "2024-01-01"), ("to", "2024-08-31"))
            .Options(("prorationBasis", "months"))
            .Pay(900m));

        ((bool?)sheet["evaluable"]).ShouldBe(true);
        Math.Round(sheet.Number("serviceFactor"), 20).ShouldBe(Math.Round(8m / 12m, 20));
        sheet.Number("pay").ShouldBe(600m);
    }

    [Fact]
    public async Task UnderThreeMonthsOfPresenceIsNotEvaluableAndEarnsNothing()
    {
        var sheet = await ScoreAsync(SheetRequestBuilder.TopEmployee().Service(("from", "2024-10-15")).Pay(900m));

        ((bool?)sheet["evaluable"]).ShouldBe(false);
        sheet["band"].ShouldBeNull();
        sheet.Number("pay").ShouldBe(0m);
        Explanation(sheet).ShouldContain(line => line.Contains("non valutabile"));
    }

    [Fact]
    public async Task ProtectedAbsenceKeepsAShortServiceEvaluable()
    {
        var sheet = await ScoreAsync(SheetRequestBuilder.TopEmployee()
            .Service(("from", "2024-10-15"), ("protectedAbsence", true))
            .Pay(900m));

        ((bool?)sheet["evaluable"]).ShouldBe(true);
        sheet["band"].Number("payPct").ShouldBe(100m);
        sheet.Number("pay").ShouldBe(191.80m); // 900 × 78 / 366
    }

    [Theory]
    [InlineData(true, "PERFORMANCE OTTIMA", 1000)]
    [InlineData(false, "PERFORMANCE BUONA", 800)]
    public async Task RoundTotalOptionDecidesTheBandOfEightyNinePointFive(bool roundTotal, string band, decimal pay)
    {
        // A = 90 × 25 % = 22,5, B = 25, C = 42: D = 89,5.
        var sheet = await ScoreAsync(SheetRequestBuilder.Dipendente(90m, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4)
            .Objective("O1", null, 100m)
            .Options(("roundTotal", roundTotal))
            .Pay(1000m));

        sheet.Number("d").ShouldBe(89.5m);
        ((string?)sheet["band"]!["label"]).ShouldBe(band);
        sheet.Number("pay").ShouldBe(pay);
    }

    [Fact]
    public async Task ScoreBelowFiftyIsFlaggedNegativeApartFromTheBand()
    {
        // Manager at D = 40 × 35 % + 40 × 25 % + 16 = 40: 30-74 band (50 %), yet negative (SPEC §4.4).
        var sheet = await ScoreAsync(SheetRequestBuilder.Dirigente(40m, 2, 2, 2, 2, 2, 2, 2, 2)
            .Objective("1", null, 40m)
            .Pay(10000m));

        sheet.Number("d").ShouldBe(40m);
        sheet["band"].Number("payPct").ShouldBe(50m);
        ((bool?)sheet["negative"]).ShouldBe(true);
        sheet.Number("pay").ShouldBe(5000m);
    }

    private static SheetRequestBuilder Example1() =>
        SheetRequestBuilder.Dipendente(96m, Example1Behaviour)
            .Objective("O1", 50m, 100m)
            .Objective(new JsonObject { ["id"] = "O2", ["weight"] = 30, ["rule"] = Example1Milestone.DeepClone(), ["reachedStep"] = "Bozza" })
            .Objective("O3", 20m, 100m);

    private static SheetRequestBuilder Example2(decimal entePerformance, int[] behaviour, params decimal[] achievements)
    {
        var request = SheetRequestBuilder.Dirigente(entePerformance, behaviour)
            .Pay(10000m, interimIncrease: true, paymentTimesMet: false);
        for (var i = 0; i < achievements.Length; i++)
        {
            request.Objective($"{i + 1}", null, achievements[i]);
        }

        return request;
    }

    /// <summary>SPEC §6 Example 3: S0 Settore I, strategic objective 2 excluded (no invoices) or achieved.</summary>
    private static SheetRequestBuilder Example3(bool excludeStrategic2) =>
        SheetRequestBuilder.Dirigente(90m, 4, 4, 3, 4, 5, 4, 4, 3)
            .Objective("SO1.1", 4m, 100m)
            .Objective("SO1.2", 2m, 100m)
            .Objective(new JsonObject
            {
                ["id"] = "SO1.3",
                ["weight"] = 4,
                ["rule"] = new JsonObject { ["kind"] = "Proportional", ["target"] = 100, ["polarity"] = "HigherIsBetter" },
                ["measuredValue"] = 90,
            })
            .Objective("SO2", 30m, 100m, excluded: excludeStrategic2)
            .Objective("S1", 15m, 100m)
            .Objective("S2", 15m, 100m)
            .Objective("S3", 10m, 100m)
            .Objective("S4", 10m, 50m)
            .Objective("S5", 10m, 100m);

    private static JsonObject Step(string key, JsonNode value, decimal pct) => new() { [key] = value, ["pct"] = pct };

    private static List<string> Explanation(JsonNode sheet) =>
        sheet["explanation"]!.AsArray().Select(line => line!.GetValue<string>()).ToList();

    private async Task<JsonNode> ScoreAsync(SheetRequestBuilder request) =>
        (await app.PostJsonAsync(ScoringApiClient.Sheet, request.Build())).ShouldBeOk();

    /// <summary>An employee sheet with this one objective (equal weights: 100): its scored objective.</summary>
    private async Task<JsonNode> ScoreOneObjectiveAsync(JsonObject objective)
    {
        var sheet = await ScoreAsync(SheetRequestBuilder.Dipendente(80m, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4).Objective(objective));
        return sheet["objectives"]!.AsArray().ShouldHaveSingleItem()!;
    }
}
