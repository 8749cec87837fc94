using System.Net;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Hosting;

[Collection(AppCollection.Name)]
public sealed class HealthEndpoints(PiaoAppFixture app)
{
    [Fact]
    public async Task LiveAnswersHealthyWithoutChecks()
    {
        var health = await app.Http.GetJsonAsync("health/live");

        ((string?)health["status"]).ShouldBe("Healthy");
        health["checks"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task ReadyAnswersHealthyOnceTheDatabaseAnswers()
    {
        using var response = await app.Http.GetAsync("health/ready");
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        var health = JsonNode.Parse(body)!;
        ((string?)health["status"]).ShouldBe("Healthy");
        var database = health["checks"]!.AsArray().ShouldHaveSingleItem()!;
        ((string?)database["name"]).ShouldBe("database");
        ((string?)database["status"]).ShouldBe("Healthy");
    }
}
