using System.Net;
using System.Text.Json.Nodes;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>What the API answered: status, media type and body, read as a client does (raw JSON, no server types).</summary>
public sealed record ApiAnswer(HttpStatusCode Status, string? MediaType, string Body)
{
    /// <summary>The 200 answer's JSON; fails with the body (problem details included) otherwise.</summary>
    public JsonNode ShouldBeOk()
    {
        Status.ShouldBe(HttpStatusCode.OK, Excerpt);
        MediaType.ShouldBe("application/json");
        return JsonNode.Parse(Body) ?? throw new InvalidOperationException("The answer has no JSON.");
    }

    /// <summary>
    /// A 400 problem details (RFC 7807) whose <c>errors</c> map names <paramref name="field"/> with an Italian message;
    /// returns that message.
    /// </summary>
    public string ShouldBeProblemNaming(string field) => ShouldBeProblemNaming(field, HttpStatusCode.BadRequest);

    /// <summary>A problem details of <paramref name="status"/> whose <c>errors</c> map names <paramref name="field"/>.</summary>
    public string ShouldBeProblemNaming(string field, HttpStatusCode status)
    {
        Status.ShouldBe(status, Excerpt);
        MediaType.ShouldBe("application/problem+json", Excerpt);
        var problem = JsonNode.Parse(Body)!;
        ((int?)problem["status"]).ShouldBe((int)status);
        var errors = problem["errors"]!.AsObject();
        errors.Select(e => e.Key).ShouldContain(field, Body);
        var message = errors[field]!.AsArray().Select(m => (string?)m).ShouldHaveSingleItem();
        message.ShouldNotBeNullOrWhiteSpace();
        message.ShouldNotContain("Exception");
        return message!;
    }

    /// <summary>The body for a failure message: an HTML error page cut short.</summary>
    private string Excerpt => Body.Length > 600 ? Body[..600] + "…" : Body;
}
