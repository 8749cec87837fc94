using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Infrastructure.Planning;

namespace PiaoPerformance.Infrastructure.Home;

/// <summary>
/// The home page ("La mia scrivania", issue 10): for the actor's ente, one block per role the actor holds, each read
/// with its own narrow queries (counts grouped in SQL, projections of the few columns shown). What other pages
/// already compute is asked of them: a unit's state and blocking problems of <see cref="MyUnitsQueries"/>,
/// the measure's progress of <see cref="MeasurementQueries"/>, the sheets to fill and one's own of
/// <see cref="EvaluationSheetService"/>.
/// </summary>
public sealed partial class HomeQueries(
    IDbContextFactory<PiaoDbContext> contextFactory,
    MyUnitsQueries myUnits,
    MeasurementQueries measurement,
    EvaluationSheetService sheets,
    TimeProvider clock)
{
    /// <summary>The actor's home page: the blocks of the roles they hold, in the order the page shows them.</summary>
    public async Task<HomeView> LoadAsync(Actor actor, CancellationToken ct = default)
    {
        var plan = await CurrentPlanAsync(actor, ct);
        var segretario = actor.Has(AppRole.Segretario);
        var heads = actor.Units.Count > 0;
        // The units' state and problems are read once; the Segretario's and the responsabile's blocks share them.
        var cards = plan is not null && (segretario || heads) ? await myUnits.ApprovalStatesAsync(actor, plan.Id, ct) : null;
        var units = cards is null ? null : await UnitsAsync(actor, plan!, cards, ct);
        return new HomeView(
            plan,
            segretario && units is not null ? await SegretarioAsync(actor, plan!, units, ct) : null,
            actor.Has(AppRole.Niv) && plan is not null ? await NivAsync(actor, plan, ct) : null,
            heads && units is not null ? units.Where(u => actor.Units.Any(r => r.OrgUnitId == u.Id)).ToList() : null,
            actor.Has(AppRole.Niv) || actor.Has(AppRole.Sindaco) || heads ? await ToEvaluateAsync(actor, ct) : null,
            actor.Has(AppRole.Giunta) && plan is not null ? await EnteYearsAsync(actor, plan, ct) : null,
            actor.Has(AppRole.Amministratore) ? await AdminAsync(actor, ct) : null,
            await MySheetsAsync(actor, ct));
    }

    /// <summary>The ente's newest plan: the cycle the home page speaks of.</summary>
    public async Task<HomePlan?> CurrentPlanAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.PlanCycles.AsNoTracking()
            .Where(c => c.MunicipalityId == actor.MunicipalityId)
            .OrderByDescending(c => c.StartYear)
            .Select(c => new HomePlan(c.Id, c.Title, c.State, c.StartYear, c.EndYear))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The sheets the actor fills in that are not validated yet, overdue deadlines flagged.</summary>
    private async Task<IReadOnlyList<SheetSummary>> ToEvaluateAsync(Actor actor, CancellationToken ct) =>
        (await sheets.ListToEvaluateAsync(actor, ct)).Where(s => s.State != SheetState.Validata).ToList();

    /// <summary>The actor's own sheets; null when they have none and are not staff (the block does not apply).</summary>
    private async Task<IReadOnlyList<SheetSummary>?> MySheetsAsync(Actor actor, CancellationToken ct)
    {
        var mine = await sheets.ListMineAsync(actor, ct);
        return mine.Count > 0 || actor.Has(AppRole.Dipendente) ? mine : null;
    }

    private DateOnly Today() => DateOnly.FromDateTime(ItalianTime.ToLocal(clock.GetUtcNow()).DateTime);
}
