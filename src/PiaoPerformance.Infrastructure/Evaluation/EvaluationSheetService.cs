using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Evaluation;

/// <summary>
/// Evaluation sheets for an actor (SPEC §3, §4.15). Every call loads the sheet of the actor's ente in a fresh
/// context (another ente's id is not found), asks <see cref="AccessRules"/> whether the actor may read or do this
/// (403 with an Italian reason otherwise), applies the sheet's own methods and saves against the version the caller
/// read (ADR-006) with the audit row in the same save (ADR-014). Figures come from the domain engine (ADR-018).
/// </summary>
public sealed partial class EvaluationSheetService(IDbContextFactory<PiaoDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>One sheet, or null when the actor's ente has no such sheet.</summary>
    /// <exception cref="AccessDeniedException">The sheet is of the ente but not the actor's to read.</exception>
    public async Task<SheetView?> GetAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var sheet = await db.EvaluationSheets.FirstOrDefaultAsync(s => s.Id == id && s.MunicipalityId == actor.MunicipalityId, ct);
        if (sheet is null)
        {
            return null;
        }

        if (!AccessRules.CanReadSheet(actor, sheet))
        {
            throw new AccessDeniedException(AccessRules.NotYourSheet);
        }

        return await SheetViewMapper.ViewAsync(db, actor, sheet, Today(), ct);
    }

    /// <summary>The actor's own sheets (as the person evaluated), newest year first.</summary>
    public async Task<IReadOnlyList<SheetSummary>> ListMineAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var sheets = await db.EvaluationSheets.AsNoTracking()
            .Where(s => s.MunicipalityId == actor.MunicipalityId && s.PersonId == actor.PersonId)
            .ToListAsync(ct);
        return await SheetViewMapper.SummariesAsync(db, sheets, Today(), ct);
    }

    /// <summary>
    /// The sheets the actor fills in: named as evaluator (or joint evaluator), the NIV's sheets for a NIV member, the
    /// Segretario's for the Sindaco. Overdue deadlines are flagged.
    /// </summary>
    public async Task<IReadOnlyList<SheetSummary>> ListToEvaluateAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var (niv, sindaco, person) = (actor.Has(AppRole.Niv), actor.Has(AppRole.Sindaco), actor.PersonId);
        var sheets = await db.EvaluationSheets.AsNoTracking()
            .Where(s => s.MunicipalityId == actor.MunicipalityId
                && ((niv && s.EvaluatorKind == EvaluatorKind.Niv) || (sindaco && s.EvaluatorKind == EvaluatorKind.Sindaco)
                    || s.Evaluators.Any(e => e.PersonId == person && e.Role != SheetEvaluatorRole.Proponente)))
            .ToListAsync(ct);
        return await SheetViewMapper.SummariesAsync(db, sheets.Where(s => AccessRules.Evaluates(actor, s)).ToList(), Today(), ct);
    }

    /// <summary>Every sheet of the ente (optionally of one year), for the Segretario and the NIV.</summary>
    /// <exception cref="AccessDeniedException">Anyone else.</exception>
    public async Task<IReadOnlyList<SheetSummary>> ListAllAsync(Actor actor, int? year, CancellationToken ct = default)
    {
        if (!actor.Has(AppRole.Segretario) && !actor.Has(AppRole.Niv))
        {
            throw new AccessDeniedException("L'elenco di tutte le schede è riservato al Segretario e al NIV.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var sheets = await db.EvaluationSheets.AsNoTracking()
            .Where(s => s.MunicipalityId == actor.MunicipalityId && (year == null || s.Year == year))
            .ToListAsync(ct);
        return await SheetViewMapper.SummariesAsync(db, sheets, Today(), ct);
    }

    /// <summary>Today in Rome: the day conciliation steps are dated by default.</summary>
    private DateOnly Today() => DateOnly.FromDateTime(ItalianTime.ToLocal(clock.GetUtcNow()).DateTime);
}
