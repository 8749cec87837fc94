using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Infrastructure.Evaluation;

namespace PiaoPerformance.Infrastructure.Rewards;

/// <summary>One objective of a person in the money-share model: its share, the people it is split among, the achievement.</summary>
public sealed record ShareObjectiveLine(string Code, decimal SharePct, int SharedBy, decimal? AchievementPct, bool Excluded, bool IsPaymentTimes);

/// <summary>
/// One person's line of the money-share list: the shares and achievements of their sheet, the maximum it is paid on,
/// and the pay with the engine's explanation; <see cref="Problem"/> says why there is no pay yet (inputs missing).
/// </summary>
public sealed record SharePayLine(Guid SheetId, string Person, EvaluatedRole Role, IReadOnlyList<ShareObjectiveLine> Objectives, decimal? Maximum,
    decimal? Pay, string? Problem, IReadOnlyList<string> Explanation);

/// <summary>The money-share list of a year, or <see cref="Applies"/> false when the plan's cycle reads weights as points.</summary>
public sealed record SharePayList(bool Applies, decimal SegretarioPlanSharePct, IReadOnlyList<SharePayLine> Lines);

public sealed partial class FundPageQueries
{
    /// <summary>
    /// SPEC §4.16: for a plan whose cycle uses the money-share model, every sheet of <paramref name="year"/> with its
    /// shares, achievements and pay as the engine computes them now (the same computation as the sheet page).
    /// </summary>
    public async Task<SharePayList> SharesAsync(Actor actor, Guid planId, int year, CancellationToken ct = default)
    {
        if (!AccessRules.CanReadFund(actor, actor.MunicipalityId))
        {
            throw new AccessDeniedException("I dati del fondo sono consultati dal Segretario, dal NIV e dall'Amministratore.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.MunicipalityId == actor.MunicipalityId, ct)
            ?? throw new NotFoundException("Piano non trovato.");
        var parameters = plan.Evaluation;
        if (parameters.Options.WeightModel != WeightModel.MoneyShare)
        {
            return new SharePayList(false, parameters.SegretarioPlanSharePct, []);
        }

        var system = parameters.ToSystem();
        var sheets = await db.EvaluationSheets.AsNoTracking().Where(s => s.PlanCycleId == planId && s.Year == year).ToListAsync(ct);
        var personIds = sheets.Select(s => s.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var money = await SheetMoney.LoadAsync(db, sheets, ct);
        var lines = new List<SharePayLine>();
        foreach (var sheet in sheets)
        {
            var maximum = sheet.MaximumPay ?? money.MaximumPay(sheet);
            var objectives = sheet.Objectives
                .Select(o => new ShareObjectiveLine(o.Code, o.Weight ?? 0m, o.SharedBy, o.AgreedPct, o.Excluded, o.IsPaymentTimes)).ToList();
            decimal? pay = null;
            string? problem = null;
            IReadOnlyList<string> explanation = [];
            try
            {
                var result = sheet.Compute(system, maximum);
                pay = result.Pay;
                explanation = result.Explanation;
                problem = pay is null ? "Importo massimo non indicato." : null;
            }
            catch (DomainException ex)
            {
                problem = ex.Message;
            }

            lines.Add(new SharePayLine(sheet.Id, people.GetValueOrDefault(sheet.PersonId, ""), sheet.Role, objectives, maximum, pay, problem, explanation));
        }

        return new SharePayList(true, parameters.SegretarioPlanSharePct,
            lines.OrderBy(l => l.Role).ThenBy(l => l.Person, StringComparer.CurrentCulture).ToList());
    }
}
