using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Seed;

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

    private static async Task<DeadlineResponse> Deadline(DateOnly? from, int? workingDays, IDbContextFactory<PiaoDbContext> contexts, CancellationToken ct)
    {
        var start = ApiJson.Required(from, "from", "Data di partenza (from, formato aaaa-mm-gg)");
        var days = ApiJson.Required(workingDays, "workingDays", "Giorni lavorativi");
        await using var db = await contexts.CreateDbContextAsync(ct);

        // Until sign-in tells whose ente it is, the demo ente's calendar (or the first ente's) applies.
        var municipality = await db.Municipalities.AsNoTracking()
            .OrderByDescending(m => m.Code == PlanDocumentReader.CassanoDemoCode).ThenBy(m => m.Name)
            .FirstOrDefaultAsync(ct)
            ?? throw new DomainException("Nessun ente configurato: impossibile determinare il calendario.", "from");
        var explanation = new Explanation();
        var deadline = municipality.Settings.Calendar().AddWorkingDays(start, days, explanation);
        return new DeadlineResponse(start, days, deadline, explanation.Lines);
    }
}
