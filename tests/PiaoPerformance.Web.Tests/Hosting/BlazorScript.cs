using System.Net;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Hosting;

/// <summary>
/// <c>_framework/blazor.web.js</c> is extracted by the build (ADR-003), not restored from a package: without it the
/// pages render but nothing is interactive. The browser tests prove the circuit; this names the missing file.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BlazorScript(PiaoAppFixture app)
{
    [Fact]
    public async Task IsServedAsJavaScript()
    {
        using var response = await app.Http.GetAsync("_framework/blazor.web.js");
        var script = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/javascript");
        script.Length.ShouldBeGreaterThan(50_000);
        script.ShouldContain("Blazor");
    }

    [Fact]
    public async Task IsReferencedByEveryPage()
    {
        var html = await app.Http.GetStringAsync("");

        html.ShouldContain("<script src=\"_framework/blazor.web.js\"></script>");
    }
}
