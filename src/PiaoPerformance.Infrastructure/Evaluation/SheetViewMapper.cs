using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Evaluation;

/// <summary>Builds the read models of sheets: names of people, units and objectives, the figures, what the reader may do.</summary>
internal static class SheetViewMapper
{
    public static async Task<SheetView> ViewAsync(PiaoDbContext db, Actor actor, EvaluationSheet sheet, DateOnly today, CancellationToken ct)
    {
        var plan = await db.PlanCycles.AsNoTracking().FirstAsync(p => p.Id == sheet.PlanCycleId, ct);
        var system = plan.Evaluation.ToSystem();
        var personIds = sheet.Evaluators.Select(e => e.PersonId)
            .Concat(sheet.Versions.Select(v => v.ByPersonId))
            .Concat(sheet.PartialEvaluations.Select(p => p.EvaluatorPersonId))
            .Concat(sheet.EvaluatorChanges.SelectMany(c => new[] { c.FormerPersonId, c.ReplacementPersonId }))
            .Append(sheet.PersonId)
            .Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var objectiveIds = sheet.Objectives.Select(o => o.ObjectiveId).ToList();
        var titles = await db.Objectives.AsNoTracking().Where(o => objectiveIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Title, ct);
        var unitName = sheet.OrgUnitId is { } unitId
            ? await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct)
            : null;

        SheetFiguresView? figures = null;
        string? incomplete = null;
        // The notified figures are the sheet's until a new version is notified; the evaluator, while they may still
        // change the sheet (draft, or after observations), sees the live figures a modification would notify.
        var live = sheet.Current is null || (AccessRules.CanFillSheet(actor, sheet) && sheet.State == SheetState.Osservazioni);
        if (!live)
        {
            figures = Figures(sheet.Current!);
        }
        else
        {
            try
            {
                figures = Figures(sheet.Compute(system, await SheetMoney.MaximumPayAsync(db, sheet, ct)));
            }
            catch (DomainException ex)
            {
                incomplete = ex.Message;
            }
        }

        var catalogue = system.For(sheet.Role).Catalogue;
        var scores = sheet.Scores;
        var items = catalogue.Items.Select((item, i) => new SheetItemView(i, item.Code, item.Group, item.Label, item.Maximum,
                scores.FirstOrDefault(s => s.ItemIndex == i)?.Score, scores.FirstOrDefault(s => s.ItemIndex == i)?.Note, catalogue.LevelsOf(i)))
            .ToList();
        string Name(Guid id) => people.GetValueOrDefault(id, "");

        return new SheetView(
            sheet.Id,
            db.Entry(sheet).Property<uint>(RowVersionCheck.Property).CurrentValue,
            sheet.PlanCycleId,
            sheet.PersonId,
            Name(sheet.PersonId),
            sheet.Year,
            sheet.Role,
            sheet.EvaluatorKind,
            sheet.OrgUnitId,
            unitName,
            sheet.State,
            sheet.IsJoint,
            sheet.Evaluators.Select(e => new SheetPersonView(e.PersonId, Name(e.PersonId), e.Role, e.OrgUnitId)).ToList(),
            sheet.Objectives.Select(o => new SheetObjectiveView(o.ObjectiveId, o.Code, titles.GetValueOrDefault(o.ObjectiveId, ""), o.Weight, o.AgreedPct, o.Excluded)).ToList(),
            items,
            new SheetInputsView(sheet.EntePerformance, sheet.WrittenReprimands, sheet.Fines, sheet.Suspensions, sheet.Dismissed, sheet.ServiceFrom,
                sheet.ServiceTo, sheet.PartTimePct, sheet.VerticalPartTime, sheet.ProtectedAbsence, sheet.AbsenceDays, sheet.MaximumPay,
                sheet.InterimIncrease, sheet.PaymentTimesMet),
            figures,
            incomplete,
            new SheetConciliationView(sheet.NotifiedOn, sheet.ObservationsDue, sheet.ObservedOn, sheet.Observations, sheet.ReviewDue, sheet.ReviewedOn,
                sheet.ReviewNote, sheet.SignedOn, sheet.ContestedOn, sheet.ContestNote, sheet.ValidatedOn, Deadline(sheet, today)),
            sheet.Versions.Select(v => new SheetVersionView(v.Number, v.State, v.On, Name(v.ByPersonId), v.Scores, Figures(v), v.Note)).ToList(),
            sheet.PartialEvaluations.Select(p => new SheetPartialView(p.Number, Name(p.EvaluatorPersonId), p.From, p.To, p.ScoreList, p.Note)).ToList(),
            Permissions(actor, sheet, today))
        {
            EvaluatorChanges = sheet.EvaluatorChanges.Select(c => new SheetEvaluatorChangeView(c.Number, c.FormerPersonId, Name(c.FormerPersonId), c.ReplacementPersonId,
                Name(c.ReplacementPersonId), c.LeftOn, sheet.HasPartialOf(c), c.Note)).ToList(),
        };
    }

    public static async Task<IReadOnlyList<SheetSummary>> SummariesAsync(PiaoDbContext db, IReadOnlyList<EvaluationSheet> sheets, DateOnly today, CancellationToken ct)
    {
        if (sheets.Count == 0)
        {
            // No names to look up: an empty list (most people's "my sheets" on the home page) costs one query, not three.
            return [];
        }

        var personIds = sheets.Select(s => s.PersonId).Distinct().ToList();
        var unitIds = sheets.Where(s => s.OrgUnitId != null).Select(s => s.OrgUnitId!.Value).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var units = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return sheets
            .OrderByDescending(s => s.Year).ThenBy(s => people.GetValueOrDefault(s.PersonId, ""), StringComparer.Create(Format.Italian, true))
            .Select(s => new SheetSummary(s.Id, s.PersonId, people.GetValueOrDefault(s.PersonId, ""), s.Year, s.Role, s.OrgUnitId,
                s.OrgUnitId is { } u ? units.GetValueOrDefault(u) : null, s.State, s.Current?.DAfterSanctions, s.Current?.BandLabel, Deadline(s, today)))
            .ToList();
    }

    private static SheetDeadlineView? Deadline(EvaluationSheet sheet, DateOnly today) =>
        sheet.Deadline is { } d ? new SheetDeadlineView(d.Party, d.What, d.Due, d.IsOverdueOn(today)) : null;

    private static SheetPermissions Permissions(Actor actor, EvaluationSheet sheet, DateOnly today)
    {
        var (fill, mine, validate) = (AccessRules.CanFillSheet(actor, sheet), AccessRules.IsEvaluatedPerson(actor, sheet), AccessRules.CanValidateSheet(actor, sheet));
        var state = sheet.State;
        var silentlyDue = state == SheetState.Notificata && sheet.ObservationsDue is { } due && today > due;
        return new SheetPermissions(
            Fill: fill && state is SheetState.Bozza or SheetState.Osservazioni,
            Notify: fill && state == SheetState.Bozza,
            Observe: mine && state == SheetState.Notificata && !silentlyDue,
            Confirm: fill && state == SheetState.Osservazioni,
            Modify: fill && state == SheetState.Osservazioni,
            Accept: mine && state is SheetState.Notificata or SheetState.Confermata or SheetState.Modificata,
            Contest: mine && state is SheetState.Confermata or SheetState.Modificata,
            Validate: validate && (state is SheetState.Accettata or SheetState.Contestata || silentlyDue),
            TakeAchievements: AccessRules.CanTakeAchievements(actor, sheet) && state == SheetState.Bozza,
            Simulate: AccessRules.CanSimulateSheet(actor, sheet),
            ReplaceEvaluator: AccessRules.CanManageSheets(actor, sheet.MunicipalityId) && state == SheetState.Bozza && sheet.EvaluatorKind == EvaluatorKind.Dirigente);
    }

    private static SheetFiguresView Figures(SheetVersion v) => new(true, N(v.ObjectivesSum), N(v.A), N(v.B), N(v.C), N(v.D), N(v.SanctionCutPct),
        N(v.DAfterSanctions), v.BandLabel, v.BandPayPct is { } pct ? N(pct) : null, v.Negative, v.Evaluable, v.NotEvaluableReason, N(v.ServiceFactor),
        v.Pay is { } pay ? N(pay) : null, v.ExplanationLines);

    /// <summary>The stored value without the column's trailing zeros (42,000000000000 → 42): the same number, as the engine wrote it.</summary>
    private static decimal N(decimal value) => value / 1.000000000000000000000000000000m;

    private static SheetFiguresView Figures(SheetResult r) => new(false, r.ObjectivesSum, r.A, r.B, r.C, r.D, r.SanctionCutPct, r.DAfterSanctions,
        r.Band?.Label, r.Band?.PayPct, r.Negative, r.Evaluable, r.NotEvaluableReason, r.ServiceFactor, r.Pay, r.Explanation);
}
