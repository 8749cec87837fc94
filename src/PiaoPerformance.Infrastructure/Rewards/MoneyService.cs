using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Evaluation;

namespace PiaoPerformance.Infrastructure.Rewards;

/// <summary>The premi data of a year: the domain's summary and how many sheets are still provisional (not validated).</summary>
public sealed record PremiReport(Guid PlanId, int Year, PremiSummaryResult Summary, int Sheets, int Provisional, int Incomplete);

/// <summary>One evaluator's distribution of the scores they gave, with the domain's differentiation check.</summary>
public sealed record EvaluatorDifferentiation(string Evaluator, IReadOnlyList<decimal> Totals, IReadOnlyList<decimal> Behaviour, DifferentiationResult Check);

/// <summary>A what-if: the sheet's figures as stored and as they would be with the changes, nothing saved.</summary>
public sealed record WhatIfView(Guid SheetId, SheetResult? Stored, SheetResult Simulated);

/// <summary>
/// The money pages' reads (issue 7): the premi data, the differentiation check per evaluator, the what-if of a sheet.
/// Each sheet's figures are its current frozen version when it has one, otherwise the engine's live figures
/// (ADR-018); a sheet the engine cannot score yet (missing inputs) is counted as incomplete and left out.
/// </summary>
public sealed class MoneyService(IDbContextFactory<PiaoDbContext> contextFactory)
{
    /// <summary>The "dati relativi ai premi" of <paramref name="year"/> (default: the plan's first year) in the plan: people and money per role and band.</summary>
    public async Task<PremiReport> PremiAsync(Actor actor, Guid planId, int? year, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.MunicipalityId == actor.MunicipalityId, ct)
            ?? throw new NotFoundException("Piano non trovato.");
        if (!AccessRules.CanReadPremi(actor, plan.MunicipalityId))
        {
            throw new AccessDeniedException("I dati relativi ai premi sono consultati dal Segretario, dal NIV, dall'Amministratore, dal Sindaco e dalla Giunta.");
        }

        var chosen = year ?? plan.StartYear;
        if (!plan.Contains(chosen))
        {
            throw new DomainException($"L'anno {chosen} non è del piano {plan.StartYear}-{plan.EndYear}.", "year");
        }

        var system = plan.Evaluation.ToSystem();
        var sheets = await db.EvaluationSheets.AsNoTracking().Where(s => s.PlanCycleId == planId && s.Year == chosen).ToListAsync(ct);
        var money = await SheetMoney.LoadAsync(db, sheets, ct);
        var entries = new List<PremiEntry>();
        var incomplete = 0;
        foreach (var sheet in sheets)
        {
            if (FiguresOf(system, sheet, money) is { } f)
            {
                entries.Add(new PremiEntry(sheet.Role, f.Band, f.BandPct, f.Pay));
            }
            else
            {
                incomplete++;
            }
        }

        return new PremiReport(planId, chosen, PremiSummary.Summarise(entries), entries.Count,
            sheets.Count(s => s.State != SheetState.Validata) - incomplete, incomplete);
    }

    /// <summary>Per evaluator (named evaluators, the NIV, the Sindaco), the scores of the year and the differentiation check.</summary>
    public async Task<IReadOnlyList<EvaluatorDifferentiation>> DifferentiationAsync(Actor actor, int year, CancellationToken ct = default)
    {
        if (!AccessRules.CanReadDifferentiation(actor, actor.MunicipalityId))
        {
            throw new AccessDeniedException("La verifica della differenziazione è consultata dal Segretario e dal NIV.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var sheets = await db.EvaluationSheets.AsNoTracking().Where(s => s.MunicipalityId == actor.MunicipalityId && s.Year == year).ToListAsync(ct);
        return await DifferentiationOfAsync(db, await ScoreAsync(db, sheets, ct), ct);
    }

    /// <summary>Each sheet with its figures (null: the engine cannot score it yet), the cycles and the fund read once for all.</summary>
    internal static async Task<IReadOnlyList<ScoredSheet>> ScoreAsync(PiaoDbContext db, IReadOnlyCollection<EvaluationSheet> sheets, CancellationToken ct)
    {
        var cycleIds = sheets.Select(s => s.PlanCycleId).Distinct().ToList();
        var systems = (await db.PlanCycles.AsNoTracking().Where(p => cycleIds.Contains(p.Id)).Select(p => new { p.Id, p.Evaluation }).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => p.Evaluation.ToSystem());
        var money = await SheetMoney.LoadAsync(db, sheets, ct);
        return sheets.Select(s => new ScoredSheet(s, systems[s.PlanCycleId], FiguresOf(systems[s.PlanCycleId], s, money))).ToList();
    }

    /// <summary>The differentiation check of <paramref name="scored"/>, per evaluator; reads only the evaluators' names.</summary>
    internal static async Task<IReadOnlyList<EvaluatorDifferentiation>> DifferentiationOfAsync(PiaoDbContext db, IReadOnlyList<ScoredSheet> scored,
        CancellationToken ct)
    {
        var evaluatorIds = scored.Where(s => s.Figures is not null).SelectMany(s => s.Sheet.EvaluatorPersonIds).Distinct().ToList();
        var people = evaluatorIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.People.AsNoTracking().Where(p => evaluatorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var given = new Dictionary<string, List<(GivenScore Score, decimal D, decimal C)>>(StringComparer.Ordinal);
        foreach (var (sheet, system, figures) in scored)
        {
            if (figures is not { } f)
            {
                continue;
            }

            var scheme = system.For(sheet.Role);
            var cMax = scheme.Shares.C;
            var top = f.BandPct is { } pct && pct == scheme.Bands.Bands[0].PayPct;
            var score = new GivenScore(f.D, f.C, cMax, top);
            foreach (var name in EvaluatorNames(sheet, people))
            {
                (given.TryGetValue(name, out var list) ? list : given[name] = []).Add((score, f.D, f.C));
            }
        }

        return given.OrderBy(g => g.Key, StringComparer.Create(Format.Italian, true))
            .Select(g => new EvaluatorDifferentiation(g.Key, g.Value.Select(v => v.D).Order().ToList(), g.Value.Select(v => v.C).Order().ToList(),
                DifferentiationCheck.Check(g.Value.Select(v => v.Score).ToList())))
            .ToList();
    }

    /// <summary>
    /// The sheet scored as if <paramref name="achievements"/> and <paramref name="behaviourScores"/> replaced the
    /// stored ones; read in a no-tracking context and never saved. Null when the ente has no such sheet.
    /// </summary>
    public async Task<WhatIfView?> WhatIfAsync(Actor actor, Guid sheetId, IReadOnlyList<AgreedAchievement> achievements, IReadOnlyList<int>? behaviourScores,
        CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var sheet = await db.EvaluationSheets.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sheetId && s.MunicipalityId == actor.MunicipalityId, ct);
        if (sheet is null)
        {
            return null;
        }

        if (!AccessRules.CanSimulateSheet(actor, sheet))
        {
            throw new AccessDeniedException("La simulazione è riservata al valutatore della scheda, al NIV e al Segretario.");
        }

        var system = (await db.PlanCycles.AsNoTracking().FirstAsync(p => p.Id == sheet.PlanCycleId, ct)).Evaluation.ToSystem();
        var maximum = await SheetMoney.MaximumPayAsync(db, sheet, ct);
        SheetResult? stored = null;
        try
        {
            stored = sheet.Compute(system, maximum);
        }
        catch (DomainException)
        {
            // A sheet still missing inputs has no stored figures; the simulation may supply them.
        }

        return new WhatIfView(sheet.Id, stored, sheet.WhatIf(system, maximum, achievements, behaviourScores));
    }

    /// <summary>A sheet's figures as the money reads count them: D after sanctions, C, band (null: not evaluable) and pay.</summary>
    internal sealed record Figures(decimal D, decimal C, string? Band, decimal? BandPct, decimal? Pay);

    /// <summary>A sheet, the evaluation system of its cycle and its figures (null: not scorable yet).</summary>
    internal sealed record ScoredSheet(EvaluationSheet Sheet, EvaluationSystem System, Figures? Figures);

    // Shared with the dashboard's band distribution so that its counts are the premi data's by construction.
    internal static Figures? FiguresOf(EvaluationSystem system, EvaluationSheet sheet, SheetMoney money)
    {
        if (sheet.Current is { } v)
        {
            return new Figures(v.DAfterSanctions, v.C, v.Evaluable ? v.BandLabel : null, v.Evaluable ? v.BandPayPct : null, v.Pay);
        }

        try
        {
            var r = sheet.Compute(system, money.MaximumPay(sheet));
            return new Figures(r.DAfterSanctions, r.C, r.Band?.Label, r.Band?.PayPct, r.Pay);
        }
        catch (DomainException)
        {
            return null;
        }
    }

    private static IEnumerable<string> EvaluatorNames(EvaluationSheet sheet, IReadOnlyDictionary<Guid, string> people) => sheet.EvaluatorKind switch
    {
        EvaluatorKind.Niv => ["NIV"],
        EvaluatorKind.Sindaco => ["Sindaco"],
        _ => sheet.EvaluatorPersonIds.Select(id => people.GetValueOrDefault(id, "")).DefaultIfEmpty("Valutatore non indicato"),
    };
}
