using System.Net;
using System.Text.Json.Nodes;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>Reads the app's JSON API as a client does (raw JSON, no server types), to find ids and check the wire format.</summary>
public static class PiaoApi
{
    public static async Task<JsonNode> GetJsonAsync(this HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {path}: {body}");
        return JsonNode.Parse(body) ?? throw new InvalidOperationException($"GET {path} returned no JSON.");
    }

    /// <summary>The id of the demo plan (the only plan of the seeded comune).</summary>
    public static async Task<Guid> DemoPlanIdAsync(this HttpClient http)
    {
        var plans = (await http.GetJsonAsync("api/v1/plans")).AsArray();
        var plan = plans.Single(p => (string?)p!["cycle"] == DemoPlan.Cycle && (string?)p!["ente"] == DemoPlan.Ente);
        return Guid.Parse((string)plan!["id"]!);
    }

    public static async Task<JsonNode> DemoPlanAsync(this HttpClient http) =>
        await http.GetJsonAsync($"api/v1/plans/{await http.DemoPlanIdAsync()}");

    /// <summary>The id of a unit's objective card by the number the document gives it.</summary>
    public static async Task<Guid> ObjectiveIdAsync(this HttpClient http, string unitCode, int number)
    {
        var plan = await http.DemoPlanAsync();
        var unit = plan["units"]!.AsArray().Single(u => (string?)u!["code"] == unitCode);
        var objective = unit!["objectives"]!.AsArray().First(o => (int?)o!["number"] == number);
        return Guid.Parse((string)objective!["id"]!);
    }
}
