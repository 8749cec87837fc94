using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Rewards;

namespace PiaoPerformance.Infrastructure.Dashboard;

// The charts over the evaluation sheets: the band distribution, the spread per evaluator and the money by band.
public sealed partial class DashboardQueries
{
    /// <summary>
    /// The year's scored sheets by role and band for the ente and for each unit (sheets without a unit under "Senza
    /// unità"), each group summarised by <see cref="PremiSummary"/> from the figures the premi data count (the frozen
    /// version, or the live figures of a draft); a sheet the engine cannot score yet is counted in <c>Incomplete</c>.
    /// </summary>
    /// <exception cref="AccessDeniedException">The actor may not read the premi data.</exception>
    public async Task<BandDistributionData> BandDistributionAsync(Actor actor, Guid planId, int? year, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await PlanAsync(db, actor, planId, year, ct);
        if (!AccessRules.CanReadPremi(actor, plan.MunicipalityId))
        {
            throw new AccessDeniedException("La distribuzione per fascia è consultata dal Segretario, dal NIV, dall'Amministratore, dal Sindaco e dalla Giunta.");
        }

        var chosen = year ?? plan.StartYear;
        var sheets = await db.EvaluationSheets.AsNoTracking().Where(s => s.PlanCycleId == planId && s.Year == chosen).ToListAsync(ct);
        return await DistributionAsync(db, actor, planId, chosen, await MoneyService.ScoreAsync(db, sheets, ct), ct);
    }

    /// <summary>
    /// The sheet charts of the cycle summary in one read of the year's sheets: the band distribution of the plan (null
    /// when the actor may not read the premi data) and the spread per evaluator (null when the actor may not read the
    /// differentiation check), each as <see cref="BandDistributionAsync"/> and <see cref="SpreadAsync"/> compute it.
    /// </summary>
    public async Task<(BandDistributionData? Distribution, IReadOnlyList<EvaluatorDifferentiation>? Spread)> SheetChartsAsync(Actor actor, Guid planId,
        int year, CancellationToken ct = default)
    {
        var premi = AccessRules.CanReadPremi(actor, actor.MunicipalityId);
        var spread = AccessRules.CanReadDifferentiation(actor, actor.MunicipalityId);
        if (!premi && !spread)
        {
            return (null, null);
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await PlanAsync(db, actor, planId, year, ct);
        var sheets = await db.EvaluationSheets.AsNoTracking()
            .Where(s => s.MunicipalityId == actor.MunicipalityId && s.Year == year && (spread || s.PlanCycleId == planId))
            .ToListAsync(ct);
        var scored = await MoneyService.ScoreAsync(db, sheets, ct);
        return (
            premi ? await DistributionAsync(db, actor, planId, year, scored.Where(s => s.Sheet.PlanCycleId == planId).ToList(), ct) : null,
            spread ? await MoneyService.DifferentiationOfAsync(db, scored, ct) : null);
    }

    private static async Task<BandDistributionData> DistributionAsync(PiaoDbContext db, Actor actor, Guid planId, int year,
        IReadOnlyList<MoneyService.ScoredSheet> sheets, CancellationToken ct)
    {
        var scored = sheets.Where(s => s.Figures is not null)
            .Select(s => (UnitId: s.Sheet.OrgUnitId, Entry: new PremiEntry(s.Sheet.Role, s.Figures!.Band, s.Figures.BandPct, s.Figures.Pay)))
            .ToList();
        var incomplete = sheets.Count - scored.Count;
        var unitIds = scored.Where(s => s.UnitId is not null).Select(s => s.UnitId!.Value).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.MunicipalityId == actor.MunicipalityId && unitIds.Contains(u.Id))
            .OrderBy(u => u.SortOrder).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var groups = units.Select(u => Group(u.Name, scored.Where(s => s.UnitId == u.Id).Select(s => s.Entry))).ToList();
        if (scored.Any(s => s.UnitId is null))
        {
            groups.Add(Group("Senza unità", scored.Where(s => s.UnitId is null).Select(s => s.Entry)));
        }

        return new BandDistributionData(planId, year, PremiSummary.Summarise(scored.Select(s => s.Entry)), groups, incomplete);
    }

    /// <summary>Per evaluator the scores given in the year and the differentiation check (<see cref="MoneyService.DifferentiationAsync"/>).</summary>
    public Task<IReadOnlyList<EvaluatorDifferentiation>> SpreadAsync(Actor actor, int year, CancellationToken ct = default) =>
        money.DifferentiationAsync(actor, year, ct);

    /// <summary>The premi data of the year (<see cref="MoneyService.PremiAsync"/>): people and money by role and band.</summary>
    public Task<PremiReport> PremiAsync(Actor actor, Guid planId, int? year, CancellationToken ct = default) =>
        money.PremiAsync(actor, planId, year, ct);

    private static BandGroup Group(string label, IEnumerable<PremiEntry> entries)
    {
        var summary = PremiSummary.Summarise(entries);
        return new BandGroup(label, summary.Rows, summary.People);
    }
}
