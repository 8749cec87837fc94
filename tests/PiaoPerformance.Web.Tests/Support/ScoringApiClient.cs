using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// Posts and gets against the what-if API without throwing on a 4xx, to assert the wire format; through the fixture,
/// as the signed-in demo user.
/// </summary>
public static class ScoringApiClient
{
    public const string Sheet = "api/v1/scoring/sheet";
    public const string FundSplit = "api/v1/scoring/fund-split";
    public const string WeightingGrid = "api/v1/scoring/weighting-grid";
    public const string Deadline = "api/v1/calendar/deadline";

    /// <summary>Posts as the signed-in demo user (<see cref="ApiSession"/>).</summary>
    public static async Task<ApiAnswer> PostJsonAsync(this PiaoAppFixture app, string path, JsonNode body) =>
        await (await app.SignedInAsync()).PostJsonAsync(path, body);

    public static async Task<ApiAnswer> PostRawAsync(this PiaoAppFixture app, string path, string body, string contentType) =>
        await (await app.SignedInAsync()).PostRawAsync(path, body, contentType);

    public static async Task<ApiAnswer> GetAnswerAsync(this PiaoAppFixture app, string path) =>
        await (await app.SignedInAsync()).GetAnswerAsync(path);

    public static async Task<ApiAnswer> SendAsync(this PiaoAppFixture app, HttpRequestMessage request)
    {
        using var response = await (await app.SignedInAsync()).SendAsync(request);
        return await AnswerAsync(response);
    }

    public static Task<ApiAnswer> PostJsonAsync(this HttpClient http, string path, JsonNode body) =>
        http.PostRawAsync(path, body.ToJsonString(), "application/json");

    public static async Task<ApiAnswer> PostRawAsync(this HttpClient http, string path, string body, string contentType)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new(contentType);
        using var response = await http.PostAsync(path, content);
        return await AnswerAsync(response);
    }

    public static async Task<ApiAnswer> GetAnswerAsync(this HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return await AnswerAsync(response);
    }

    /// <summary>A JSON number read exactly (decimal), failing if the value is a string or missing.</summary>
    public static decimal Number(this JsonNode? node, string name)
    {
        var value = node?[name] ?? throw new ShouldAssertException($"'{name}' is missing in {node?.ToJsonString()}");
        value.GetValueKind().ShouldBe(JsonValueKind.Number, $"'{name}' must be a JSON number");
        return value.GetValue<decimal>();
    }

    /// <summary>The JSON object has every one of these properties, spelled exactly (camelCase).</summary>
    public static void ShouldHaveProperties(this JsonNode? node, params string[] names)
    {
        var present = node.ShouldNotBeNull().AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        names.Where(n => !present.Contains(n)).ShouldBeEmpty($"missing in {node.ToJsonString()}");
    }

    private static async Task<ApiAnswer> AnswerAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
}
