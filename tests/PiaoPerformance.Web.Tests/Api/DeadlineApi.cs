using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Api;

/// <summary>
/// <c>GET /api/v1/calendar/deadline</c>: working days on the demo ente's calendar, counted from the day after
/// (SPEC §4.15, §6 Example 10).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DeadlineApi(PiaoAppFixture app)
{
    [Theory]
    [InlineData("2025-03-03", 10, "2025-03-17")]
    [InlineData("2025-03-17", 10, "2025-03-31")]
    [InlineData("2025-04-17", 10, "2025-05-06")]
    [InlineData("2025-03-03", 0, "2025-03-03")]
    public async Task Example10CountsWorkingDaysFromTheDayAfter(string from, int workingDays, string deadline)
    {
        var answer = (await app.GetAnswerAsync($"{ScoringApiClient.Deadline}?from={from}&workingDays={workingDays}")).ShouldBeOk();

        ((string?)answer["deadline"]).ShouldBe(deadline);
    }

    [Fact]
    public async Task HolidaysSkippedAreNamedInTheExplanation()
    {
        var answer = (await app.GetAnswerAsync($"{ScoringApiClient.Deadline}?from=2025-04-17&workingDays=10")).ShouldBeOk();

        var lines = answer["explanation"]!.AsArray().Select(l => (string?)l).ToList();
        lines.ShouldContain(l => l!.Contains("Lunedì dell'Angelo") && l.Contains("Festa della Liberazione") && l.Contains("Festa del Lavoro"));
    }

    [Theory]
    [InlineData("workingDays=10", "from")]
    [InlineData("from=2025-03-03", "workingDays")]
    [InlineData("from=2025-03-03&workingDays=-1", "workingDays")]
    [InlineData("from=2025-13-01&workingDays=10", "from")]
    [InlineData("from=2025-03-03&workingDays=dieci", "workingDays")]
    public async Task MissingOrBadParameterIsAProblemNamingIt(string query, string field)
    {
        var answer = await app.GetAnswerAsync($"{ScoringApiClient.Deadline}?{query}");

        answer.ShouldBeProblemNaming(field);
    }
}
