using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary>The read API as a signed-in reader of the demo comune (the NIV member) sees it.</summary>
[Collection(AppCollection.Name)]
public sealed class PlansApi(PiaoAppFixture app)
{
    [Fact]
    public async Task ListHasTheDemoPlanWithEnteCycleAndState()
    {
        var plans = (await (await app.SignedInAsync()).GetJsonAsync("api/v1/plans")).AsArray();

        var plan = plans.ShouldHaveSingleItem()!;
        ((string?)plan["ente"]).ShouldBe(DemoPlan.Ente);
        ((string?)plan["cycle"]).ShouldBe(DemoPlan.Cycle);
        ((string?)plan["state"]).ShouldBe(DemoPlan.State);
        ((int?)plan["startYear"]).ShouldBe(2024);
        ((int?)plan["endYear"]).ShouldBe(2026);
        Guid.TryParse((string?)plan["id"], out _).ShouldBeTrue();
        Guid.TryParse((string?)plan["municipalityId"], out _).ShouldBeTrue();
    }

    [Fact]
    public async Task PlanHoldsEveryUnitWithItsObjectiveCardsInTheDocumentsOrder()
    {
        var plan = await (await app.SignedInAsync()).DemoPlanAsync();

        var units = plan["units"]!.AsArray();
        units.Select(u => (string?)u!["code"]).ShouldBe(DemoPlan.Units.Select(u => u.Code));
        foreach (var (unit, expected) in units.Zip(DemoPlan.Units))
        {
            ((string?)unit!["heading"]).ShouldBe(expected.Heading);
            Titles(unit["objectives"]!).ShouldBe(expected.ObjectiveTitles, $"objective titles of unit {expected.Code}");
        }

        units.Sum(u => u!["objectives"]!.AsArray().Count).ShouldBe(DemoPlan.UnitObjectiveCount);
    }

    [Fact]
    public async Task ObjectiveCardsCarryEveryFieldOfTheDocument()
    {
        var plan = await (await app.SignedInAsync()).DemoPlanAsync();

        var card = plan["units"]!.AsArray().Single(u => (string?)u!["code"] == "I")!["objectives"]!.AsArray()[0]!;
        ((int?)card["number"]).ShouldBe(1);
        ((string?)card["level"]).ShouldBe("Operational");
        ((string?)card["theme"]).ShouldBe("DIGITALIZZAZIONE");
        ((string?)card["title"]).ShouldBe("Adeguamento tecnologico dei personal computer della rete comunale");
        card["mandateLines"]!.AsArray().Select(l => (string?)l).ShouldBe(["BUON ANDAMENTO E IMPARZIALITA' AMMINISTRAZ., TRASPARENZA"]);
        ((string?)card["dupCode"]).ShouldBe("60000004");
        ((string?)card["startDate"]).ShouldBe("2024-01-01");
        ((string?)card["endDate"]).ShouldBe("2024-12-31");
        ((decimal?)card["weight"]).ShouldBe(15m);
        DemoPlan.Normalise((string?)card["expectedResult"]).ShouldBe(
            "Programmazione attività - Adozione atti amministrativi necessari - Realizzazione operativa – Gestione/rendicontazione di eventuali finanziamenti ottenuti");
        card["indicators"]!.AsArray().Select(i => (string?)i!["name"]).ShouldBe(["Installazione nuovo hardware di rete"]);
        DemoPlan.Normalise((string?)card["verificationMethod"]).ShouldBe(
            "Provvedimenti/atti di gestione Relazione del Responsabile del Settore che rilevi il grado di raggiungimento dell'obiettivo");
        var targets = card["yearTargets"]!.AsArray();
        targets.Select(t => (int?)t!["year"]).ShouldBe([2024, 2025, 2026]);
        targets.Select(t => (decimal?)t!["expectedPct"]).ShouldBe([50m, 50m, null]);
        targets.Select(t => (bool?)t!["notApplicable"]).ShouldBe([false, false, true]);
    }

    [Fact]
    public async Task PlanHoldsTheTwoCrossCuttingStrategicObjectivesWithTheirShares()
    {
        var plan = await (await app.SignedInAsync()).DemoPlanAsync();

        var strategic = plan["crossCuttingObjectives"]!.AsArray();
        strategic.Count.ShouldBe(DemoPlan.CrossCutting.Count);
        foreach (var (objective, expected) in strategic.Zip(DemoPlan.CrossCutting))
        {
            ((int?)objective!["number"]).ShouldBe(expected.Number);
            ((string?)objective["level"]).ShouldBe("Strategic");
            DemoPlan.Normalise((string?)objective["title"]).ShouldBe(expected.Title);
            ((decimal?)objective["weight"]).ShouldBe(expected.Weight);
            var children = objective["children"]!.AsArray();
            children.Select(c => (int?)c!["number"]).ShouldBe(expected.Children.Select(c => (int?)c.Number));
            Titles(children).ShouldBe(expected.Children.Select(c => c.Title));
            children.Select(c => (decimal?)c!["shareOfParentPct"]).ShouldBe(expected.Children.Select(c => (decimal?)c.ShareOfParentPct));
        }

        strategic.SelectMany(s => s!["children"]!.AsArray()).Select(c => (decimal?)c!["shareOfParentPct"]).ShouldBe([40m, 20m, 40m, 100m]);
    }

    [Fact]
    public async Task EveryWeightTotalReachesOneHundred()
    {
        var plan = await (await app.SignedInAsync()).DemoPlanAsync();

        var totals = plan["units"]!.AsArray().SelectMany(u => u!["weightTotals"]!.AsArray().Select(t => (Unit: (string?)u["code"], Total: t!))).ToList();
        totals.Count.ShouldBe(9, "one total per person evaluated: 8 units, Settore VI split between two responsabili");
        foreach (var (unit, total) in totals)
        {
            ((decimal?)total["total"]).ShouldBe(100m, $"unit {unit}");
            ((bool?)total["isComplete"]).ShouldBe(true, $"unit {unit}");
            var expected = (bool?)total["isSecretary"] == true ? (Own: 100m, CrossCutting: 0m) : (Own: 60m, CrossCutting: 40m);
            ((decimal?)total["ownWeight"]).ShouldBe(expected.Own, $"unit {unit}");
            ((decimal?)total["crossCuttingWeight"]).ShouldBe(expected.CrossCutting, $"unit {unit}");
        }

        totals.Where(t => (bool?)t.Total["isSecretary"] == true).Select(t => t.Unit).ShouldBe(["SEG"]);
    }

    [Fact]
    public async Task ObjectiveIsReadableOnItsOwn()
    {
        var id = await (await app.SignedInAsync()).ObjectiveIdAsync("SEG", 7);

        var objective = await (await app.SignedInAsync()).GetJsonAsync($"api/v1/objectives/{id}");

        ((string?)objective["id"]).ShouldBe(id.ToString());
        ((bool?)objective["isContingent"]).ShouldBe(true);
        DemoPlan.Normalise((string?)objective["title"]).ShouldBe(DemoPlan.Unit("SEG").ObjectiveTitles[6]);
    }

    [Theory]
    [InlineData("api/v1/plans/{0}")]
    [InlineData("api/v1/objectives/{0}")]
    public async Task UnknownIdIsNotFound(string pathFormat)
    {
        using var response = await (await app.SignedInAsync()).GetAsync(string.Format(CultureInfo.InvariantCulture, pathFormat, Guid.NewGuid()));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApiDocumentDescribesThePlanEndpoints()
    {
        var document = await (await app.SignedInAsync()).GetJsonAsync("openapi/v1.json");

        var paths = document["paths"]!.AsObject();
        var documented = paths.Select(p => p.Key).ToList();
        documented.ShouldContain("/api/v1/plans");
        documented.ShouldContain("/api/v1/plans/{id}");
        documented.ShouldContain("/api/v1/objectives/{id}");
        paths["/api/v1/plans"]!["get"].ShouldNotBeNull();
        var getPlan = paths["/api/v1/plans/{id}"]!["get"]!;
        getPlan["responses"]!["200"].ShouldNotBeNull();
        getPlan["responses"]!["404"].ShouldNotBeNull();
        paths["/api/v1/objectives/{id}"]!["get"].ShouldNotBeNull();
    }

    [Fact]
    public async Task SwaggerUiIsServedOverTheDocument()
    {
        var html = await (await app.SignedInAsync()).GetStringAsync("api/docs/index.html");

        html.ShouldContain("swagger-ui");
    }

    private static IEnumerable<string> Titles(JsonNode objectives) =>
        objectives.AsArray().Select(o => DemoPlan.Normalise((string?)o!["title"]));
}
