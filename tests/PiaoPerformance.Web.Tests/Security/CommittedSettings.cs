using System.Text.Json.Nodes;

namespace PiaoPerformance.Web.Tests.Security;

/// <summary>
/// The settings files in the repository hold no secret: the connection string is empty (scripts/run and the deployment
/// set <c>ConnectionStrings__Piao</c>), and no file carries a password. The demo password lives only in the demo seed.
/// </summary>
public sealed class CommittedSettings
{
    public static TheoryData<string> SettingsFiles() => [.. FileNames()];

    [Theory]
    [MemberData(nameof(SettingsFiles))]
    public void HoldNoConnectionStringOrPassword(string file)
    {
        var text = File.ReadAllText(Path.Combine(WebProjectDirectory(), file));
        var settings = JsonNode.Parse(text)!;

        ((string?)settings["ConnectionStrings"]?["Piao"] ?? "").ShouldBeEmpty();
        text.ShouldNotContain("Password", Case.Insensitive);
    }

    [Fact]
    public void TheBaseFileIsAmongThem() => FileNames().ShouldContain("appsettings.json");

    private static IEnumerable<string> FileNames() =>
        Directory.GetFiles(WebProjectDirectory(), "appsettings*.json").Select(f => Path.GetFileName(f));

    /// <summary>src/PiaoPerformance.Web, found from the test's output folder upwards.</summary>
    private static string WebProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var web = Path.Combine(dir.FullName, "src", "PiaoPerformance.Web");
            if (File.Exists(Path.Combine(dir.FullName, "PiaoPerformance.sln")) && Directory.Exists(web))
            {
                return web;
            }
        }

        throw new InvalidOperationException("The repository root (PiaoPerformance.sln) is not above the test's folder.");
    }
}
