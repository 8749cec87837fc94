using System.Net;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Security;

/// <summary>
/// A call that changes something through the API is refused when the browser marks it as coming from another site
/// (<c>Sec-Fetch-Site</c>), before authentication; a same-origin call or a client that sends no such header (curl)
/// goes on to the usual checks (here: 401, nobody is signed in).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CrossSiteApiCalls(PiaoAppFixture app)
{
    private const string Path = "api/v1/scoring/sheet";

    [Theory]
    [InlineData("cross-site")]
    [InlineData("same-site")]
    public async Task AreRefusedWhenTheBrowserSaysSo(string site)
    {
        using var response = await PostAsync(site);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        ((string?)problem["detail"]).ShouldNotBeNull().ShouldContain("altro sito");
    }

    [Theory]
    [InlineData("same-origin")]
    [InlineData("none")]
    [InlineData(null)]
    public async Task GoOnToTheUsualChecksOtherwise(string? site)
    {
        using var response = await PostAsync(site);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<HttpResponseMessage> PostAsync(string? site)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path)
        {
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };
        if (site is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", site);
        }

        return await app.Http.SendAsync(request);
    }
}
