using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace PiaoPerformance.Web.Tests.Accessibility;

/// <summary>
/// axe-core 4.14.1 (npm, <c>src/PiaoPerformance.Web/node_modules/axe-core/axe.min.js</c> after the build's <c>npm ci</c>)
/// run in the page against WCAG 2.0/2.1 A and AA. The script is injected inline, so the page's context must bypass the
/// app's Content Security Policy (<c>script-src 'self'</c>): open it with <c>NewPageAsync(..., bypassCsp: true)</c>.
/// </summary>
public static class Axe
{
    /// <summary>The rule sets the issue asks for: WCAG 2.1 level AA and everything below it.</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Lazy<string> ScriptPath = new(FindScript);

    /// <summary>One violated rule: its id, impact, help text and the CSS selectors of the offending nodes.</summary>
    public sealed record Violation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets);

    /// <summary>Runs axe on the page (or on <paramref name="include"/>, a CSS selector) and returns every violation.</summary>
    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page, string? include = null)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new() { Path = ScriptPath.Value });
        }

        // A CSP that blocked the inline script would leave axe undefined: say so rather than fail on "axe is not defined".
        var version = await page.EvaluateAsync<string?>("() => window.axe?.version ?? null");
        version.ShouldNotBeNull("axe-core did not load: open the page with bypassCsp: true (the app's CSP blocks inline scripts)");

        var json = await page.EvaluateAsync<string>(
            """
            async ([include, tags]) => {
                const results = await axe.run(include ? { include: [include] } : document,
                    { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                return JSON.stringify(results.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.map(n => n.target.join(' ')) })));
            }
            """,
            new object?[] { include, Tags });
        return JsonSerializer.Deserialize<List<Violation>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
    }

    /// <summary>
    /// Fails when a violation is "serious" or "critical", listing every rule id, impact and target; returns the
    /// minor and moderate ones (they do not fail the test).
    /// </summary>
    public static async Task<IReadOnlyList<Violation>> ShouldHaveNoSeriousViolationsAsync(IPage page, string? include = null)
    {
        var violations = await RunAsync(page, include);
        var blocking = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        if (blocking.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"axe found {blocking.Count} serious or critical WCAG 2.1 AA violation(s) on {page.Url}" +
                (include is null ? "" : $" (in {include})") + ":" + Environment.NewLine + Describe(violations));
        }

        return violations;
    }

    /// <summary>One line per violation and one per target, for a failure message.</summary>
    public static string Describe(IEnumerable<Violation> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine($"- {violation.Id} [{violation.Impact}] {violation.Help}");
            foreach (var target in violation.Targets)
            {
                text.AppendLine($"    {target}");
            }
        }

        return text.ToString();
    }

    /// <summary>Walks up from the test's output folder to the repository root (the one holding PiaoPerformance.sln).</summary>
    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PiaoPerformance.sln")))
            {
                var script = Path.Combine(dir.FullName, "src", "PiaoPerformance.Web", "node_modules", "axe-core", "axe.min.js");
                return File.Exists(script)
                    ? script
                    : throw new FileNotFoundException(
                        $"{script} is missing: axe-core comes from npm (src/PiaoPerformance.Web/package.json); build the web project " +
                        "(its target runs npm ci) or run `npm ci` in src/PiaoPerformance.Web.", script);
            }
        }

        throw new DirectoryNotFoundException(
            $"No PiaoPerformance.sln above {AppContext.BaseDirectory}: cannot find src/PiaoPerformance.Web/node_modules/axe-core/axe.min.js.");
    }
}
