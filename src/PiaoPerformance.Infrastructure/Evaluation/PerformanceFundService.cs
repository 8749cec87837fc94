using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Evaluation;

/// <summary>A unit's head-count on 1 January for one classification area.</summary>
public sealed record HeadcountLine(Guid OrgUnitId, ClassificationArea Area, int Count);

/// <summary>The year's fund as stored, and the pots the engine splits it into (with the explanation).</summary>
public sealed record PerformanceFundView(Guid Id, uint Version, int Year, decimal Amount, decimal SupplementPct, decimal SupplementQuotaPct,
    IReadOnlyList<HeadcountLine> Headcounts, IReadOnlyList<UnitPot> Pots, IReadOnlyList<string> Explanation, decimal? OrganisationalPerformanceSum = null);

/// <summary>A year of a plan and its fund, null when none was recorded yet.</summary>
public sealed record PlanFund(int Year, PerformanceFundView? Fund);

/// <summary>
/// What the fund form saves: the fund, the CCDI's supplement and quota, the head-counts of the units given, and the
/// CCDI sum for organisational performance (SPEC §4.16, the money-share model; null = none).
/// </summary>
public sealed record FundEdit(decimal Amount, decimal SupplementPct, decimal QuotaPct, IReadOnlyList<HeadcountLine> Headcounts,
    decimal? OrganisationalPerformanceSum = null);

/// <summary>
/// The money inputs of a year (SPEC §4.6-4.7): the fund, the head-counts on 1 January and the CCDI's supplement
/// parameters, written by the Segretario and read by the Segretario and the NIV.
/// </summary>
public sealed class PerformanceFundService(IDbContextFactory<PiaoDbContext> contextFactory)
{
    /// <summary>The fund of <paramref name="year"/>, or null when none was recorded.</summary>
    public async Task<PerformanceFundView?> GetAsync(Actor actor, int year, CancellationToken ct = default)
    {
        if (!AccessRules.CanReadFund(actor, actor.MunicipalityId))
        {
            throw new AccessDeniedException("I dati del fondo sono consultati dal Segretario, dal NIV e dall'Amministratore.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var fund = await db.PerformanceFunds.FirstOrDefaultAsync(f => f.MunicipalityId == actor.MunicipalityId && f.Year == year, ct);
        return fund is null ? null : View(db, fund);
    }

    /// <summary>
    /// The fund of <paramref name="year"/> (default: the plan's first year) read through a plan of the actor's ente
    /// (another ente's plan: not found); <see cref="PlanFund.Fund"/> is null when none was recorded.
    /// </summary>
    public async Task<PlanFund> GetAsync(Actor actor, Guid planId, int? year, CancellationToken ct = default)
    {
        int chosen;
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.MunicipalityId == actor.MunicipalityId, ct)
                ?? throw new NotFoundException("Piano non trovato.");
            chosen = year ?? plan.StartYear;
            if (!plan.Contains(chosen))
            {
                throw new DomainException($"L'anno {chosen} non è del piano {plan.StartYear}-{plan.EndYear}.", "year");
            }
        }

        return new PlanFund(chosen, await GetAsync(actor, chosen, ct));
    }

    /// <summary>
    /// Records (or replaces) the fund of <paramref name="year"/> in the plan's cycle: amount, CCDI supplement and
    /// quota, the CCDI sum for organisational performance, and the head-count of every unit given (units not given
    /// keep theirs). <paramref name="version"/> is the <see cref="PerformanceFundView.Version"/> the form was read
    /// with, null when there was no fund yet (ADR-006). Returns the stored fund.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">Someone saved the fund since it was read; nothing is saved.</exception>
    public async Task<PerformanceFundView> SaveAsync(Actor actor, Guid planId, int? year, FundEdit edit, uint? version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var headcounts = edit.Headcounts ?? [];
        await using var db = (await contextFactory.CreateDbContextAsync(ct)).AuditAs(actor);
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.MunicipalityId == actor.MunicipalityId, ct)
            ?? throw new NotFoundException("Piano non trovato.");
        if (!AccessRules.CanManageSheets(actor, plan.MunicipalityId))
        {
            throw new AccessDeniedException("I dati del fondo sono registrati dal Segretario.");
        }

        var chosen = year ?? throw new DomainException("Indicare l'anno del fondo (year).", "year");
        if (!plan.Contains(chosen))
        {
            throw new DomainException($"L'anno {chosen} non è del piano {plan.StartYear}-{plan.EndYear}.", "year");
        }

        var unitIds = headcounts.Select(h => h.OrgUnitId).Distinct().ToList();
        if (await db.OrgUnits.CountAsync(u => unitIds.Contains(u.Id) && u.MunicipalityId == actor.MunicipalityId, ct) != unitIds.Count)
        {
            throw new DomainException("Un'unità indicata non è dell'ente.", "headcounts");
        }

        var fund = await db.PerformanceFunds.FirstOrDefaultAsync(f => f.MunicipalityId == actor.MunicipalityId && f.Year == chosen, ct);
        if (fund is null)
        {
            // Null: the form was read with a fund that is no longer there; a version means someone else's save is gone.
            if (version is not null)
            {
                throw new ConcurrencyConflictException(Changed);
            }

            fund = new PerformanceFund(actor.MunicipalityId, plan.Id, chosen, edit.Amount);
            db.PerformanceFunds.Add(fund);
        }
        else
        {
            // A form read before the fund existed (no version) must not overwrite the one someone else created.
            db.Entry(fund).Property<uint>(RowVersionCheck.Property).OriginalValue = version ?? throw new ConcurrencyConflictException(Changed);
            fund.ChangeAmount(edit.Amount);
            // Head-counts are parts of the fund: mark the root so its version is checked and moved on every save.
            db.Entry(fund).Property(f => f.Amount).IsModified = true;
        }

        fund.SetTopPerformerParameters(edit.SupplementPct, edit.QuotaPct);
        fund.SetOrganisationalPerformanceSum(edit.OrganisationalPerformanceSum);
        foreach (var unit in headcounts.GroupBy(h => h.OrgUnitId))
        {
            fund.SetHeadcount(unit.Key, unit.GroupBy(h => h.Area).ToDictionary(g => g.Key, g => g.Sum(h => h.Count)));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException(Changed, ex);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // Two first saves of the same year: the second finds the first's row.
            throw new ConcurrencyConflictException(Changed, ex);
        }

        return View(db, fund);
    }

    /// <summary>The answer to a stale save (shown on the page, 409 from the API).</summary>
    public const string Changed = "Fondo modificato da un altro utente nel frattempo: ricarica la pagina e riapplica le tue modifiche.";

    private static PerformanceFundView View(PiaoDbContext db, PerformanceFund fund)
    {
        var explanation = new Explanation();
        var pots = fund.Headcounts.Count == 0 ? [] : fund.Split(ClassificationCoefficients.Ccnl2019_2021, explanation).Units;
        return new PerformanceFundView(fund.Id, db.Entry(fund).Property<uint>(RowVersionCheck.Property).CurrentValue, fund.Year, fund.Amount,
            fund.SupplementPct, fund.SupplementQuotaPct, fund.Headcounts.Select(h => new HeadcountLine(h.OrgUnitId, h.Area, h.Count)).ToList(),
            pots, explanation.Lines, fund.OrganisationalPerformanceSum);
    }
}
