using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Measurement;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// An evidence file on an objective's 2024 report, written straight into the suite's database whatever the plan's
/// state (the demo plan stays in Bozza), so the IDOR matrix has a real evidence id of each ente to try.
/// </summary>
public static class EvidenceSeed
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% prova di accesso\n%%EOF\n");
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>The objective's first evidence file, created the first time.</summary>
    public static async Task<Guid> EvidenceOfAsync(IServiceProvider services, Guid objectiveId)
    {
        await Gate.WaitAsync();
        try
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
            if (await db.Set<EvidenceFile>().Where(f => f.ObjectiveId == objectiveId).Select(f => (Guid?)f.Id).FirstOrDefaultAsync() is { } existing)
            {
                return existing;
            }

            var objective = await db.Objectives.FirstAsync(o => o.Id == objectiveId);
            var plan = await db.PlanCycles.FirstAsync(c => c.Id == objective.PlanCycleId);
            var report = await db.Set<ObjectiveReport>().FirstOrDefaultAsync(r => r.ObjectiveId == objectiveId && r.Year == plan.StartYear);
            if (report is null)
            {
                report = new ObjectiveReport(plan, objective, plan.StartYear);
                db.Add(report);
            }

            var file = new EvidenceFile(report, "relazione.pdf", Pdf, EvidenceContent.DefaultMaxBytes, objective.ResponsiblePersonId ?? Guid.NewGuid(), DateTimeOffset.UtcNow);
            db.Add(file);
            db.Add(new EvidenceBlob(file.Id, file.MunicipalityId, Pdf));
            await db.SaveChangesAsync();
            return file.Id;
        }
        finally
        {
            Gate.Release();
        }
    }
}
