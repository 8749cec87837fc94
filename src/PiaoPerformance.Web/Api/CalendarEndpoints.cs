using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Infrastructure.Scoring;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Api;

internal static class CalendarEndpoints
{
    public static RouteGroupBuilder MapCalendarEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/calendar/deadline", Deadline)
            .WithTags("Calendario")
            .WithName("Deadline")
            .WithSummary("Scadenza in giorni lavorativi sul calendario dell'ente (il conteggio parte dal giorno dopo).")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<DeadlineResponse> Deadline(DateOnly? from, int? workingDays, ScoringSettings settings, CurrentActor current, CancellationToken ct)
    {
        var start = ApiJson.Required(from, "from", "Data di partenza (from, formato aaaa-mm-gg)");
        var days = ApiJson.Required(workingDays, "workingDays", "Giorni lavorativi");
        var explanation = new Explanation();
        var deadline = (await settings.CalendarAsync(await current.GetAsync(ct), ct)).AddWorkingDays(start, days, explanation);
        return new DeadlineResponse(start, days, deadline, explanation.Lines);
    }
}
