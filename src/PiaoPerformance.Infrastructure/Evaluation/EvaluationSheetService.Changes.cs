using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Calendar;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Evaluation;

// Every change of a sheet: who may make it, then the sheet's own method, then one save with its audit row.
// Exceptions: NotFoundException (no such sheet in the actor's ente), AccessDeniedException (403, Italian reason),
// DomainException (a rule of the sheet, naming the field; nothing saved), ConcurrencyConflictException (someone saved
// the sheet since the version given; nothing saved).
public sealed partial class EvaluationSheetService
{
    private const string OnlyEvaluator = "Solo il valutatore della scheda può compilarla, notificarla, confermarla o modificarla.";
    private const string OnlyEvaluated = "Solo il valutato può presentare osservazioni, accettare o contestare la propria scheda.";
    private const string OnlyValidators = "La scheda è validata dal Segretario o dal NIV, mai dal valutato.";
    private const string OnlyNiv = "I risultati concordati degli obiettivi sono acquisiti dal NIV.";

    /// <summary>The evaluator enters scores and inputs (PUT scores). <paramref name="version"/> is the one the form read.</summary>
    public Task<SheetView> UpdateAsync(Actor actor, Guid id, SheetEdit edit, uint version, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, (a, s) => AccessRules.CanFillSheet(a, s) ? null : OnlyEvaluator, (sheet, step) =>
        {
            if (edit.Scores is { } scores)
            {
                sheet.SetScores(scores, edit.Notes, step.System);
            }

            if (edit.EntePerformance is { } ente)
            {
                sheet.SetEntePerformance(ente);
            }

            if (edit.Sanctions is { } sanctions)
            {
                sheet.SetSanctions(sanctions);
            }

            if (edit.Service is { } service)
            {
                sheet.SetService(service);
            }

            if (edit.Pay is { } pay)
            {
                sheet.SetPay(pay.Maximum, pay.InterimIncrease, pay.PaymentTimesMet);
            }
        }, null, ct);

    /// <summary>
    /// The seam to the NIV's measurement: takes the agreed achievement of each objective of the sheet (0..100 %, or
    /// excluded). The NIV only, on a draft.
    /// </summary>
    public Task<SheetView> TakeAgreedAchievementsAsync(Actor actor, Guid id, IReadOnlyList<AgreedAchievement> achievements, uint? version = null,
        CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, (a, s) => AccessRules.CanTakeAchievements(a, s) ? null : OnlyNiv,
            (sheet, _) => sheet.TakeAgreedAchievements(achievements), null, ct);

    /// <summary>Records the scores an evaluator who left gave for their period (SPEC §4.13).</summary>
    public Task<SheetView> AddPartialEvaluationAsync(Actor actor, Guid id, Guid evaluatorPersonId, DateOnly from, DateOnly to, IReadOnlyList<int> scores,
        string? note, uint? version = null, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, (a, s) => AccessRules.CanFillSheet(a, s) ? null : OnlyEvaluator,
            (sheet, step) => sheet.AddPartialEvaluation(evaluatorPersonId, from, to, scores, note, step.System), null, ct);

    /// <summary>The final evaluator combines the partial evaluations with their own scores from <paramref name="finalFrom"/> (SPEC §4.13).</summary>
    public Task<SheetView> CombinePartialEvaluationsAsync(Actor actor, Guid id, DateOnly finalFrom, IReadOnlyList<int> finalScores, uint? version = null,
        CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, (a, s) => AccessRules.CanFillSheet(a, s) ? null : OnlyEvaluator,
            (sheet, step) => sheet.CombinePartialEvaluations(finalFrom, finalScores, step.System), null, ct);

    /// <summary>The evaluator notifies the sheet: figures frozen as a version, observations due in 10 working days.</summary>
    public Task<SheetView> NotifyAsync(Actor actor, Guid id, DateOnly? on = null, uint? version = null, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, (a, s) => AccessRules.CanFillSheet(a, s) ? null : OnlyEvaluator,
            (sheet, step) => sheet.Notify(actor.PersonId, step.On, step.Calendar, step.System, step.MaximumPay), on, ct);

    /// <summary>The person evaluated submits observations within 10 working days of the notification.</summary>
    public Task<SheetView> ObserveAsync(Actor actor, Guid id, string? observations, DateOnly? on = null, uint? version = null, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, (a, s) => AccessRules.IsEvaluatedPerson(a, s) ? null : OnlyEvaluated,
            (sheet, step) => sheet.Observe(step.On, observations, step.Calendar), on, ct);

    /// <summary>The evaluator confirms the judgement after the observations.</summary>
    public Task<SheetView> ConfirmAsync(Actor actor, Guid id, string? note, DateOnly? on = null, uint? version = null, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, (a, s) => AccessRules.CanFillSheet(a, s) ? null : OnlyEvaluator,
            (sheet, step) => sheet.Confirm(actor.PersonId, step.On, note, step.System), on, ct);

    /// <summary>The evaluator notifies the sheet as changed after the observations: a new version.</summary>
    public Task<SheetView> ModifyAsync(Actor actor, Guid id, string? reason, DateOnly? on = null, uint? version = null, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, (a, s) => AccessRules.CanFillSheet(a, s) ? null : OnlyEvaluator,
            (sheet, step) => sheet.Modify(actor.PersonId, step.On, reason, step.System, step.MaximumPay), on, ct);

    /// <summary>The person evaluated signs the sheet.</summary>
    public Task<SheetView> AcceptAsync(Actor actor, Guid id, DateOnly? on = null, uint? version = null, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, (a, s) => AccessRules.IsEvaluatedPerson(a, s) ? null : OnlyEvaluated,
            (sheet, step) => sheet.Accept(step.On), on, ct);

    /// <summary>The person evaluated contests the confirmed or modified sheet.</summary>
    public Task<SheetView> ContestAsync(Actor actor, Guid id, string? note, DateOnly? on = null, uint? version = null, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, (a, s) => AccessRules.IsEvaluatedPerson(a, s) ? null : OnlyEvaluated,
            (sheet, step) => sheet.Contest(step.On, note), on, ct);

    /// <summary>The Segretario or the NIV validate the sheet: the final version replaces the earlier ones.</summary>
    public Task<SheetView> ValidateAsync(Actor actor, Guid id, DateOnly? on = null, uint? version = null, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, (a, s) => AccessRules.CanValidateSheet(a, s) ? null : OnlyValidators,
            (sheet, step) => sheet.Validate(actor.PersonId, step.On), on, ct);

    private async Task<SheetView> ChangeAsync(Actor actor, Guid id, uint? version, Func<Actor, EvaluationSheet, string?> refusal,
        Action<EvaluationSheet, SheetStep> change, DateOnly? on, CancellationToken ct)
    {
        await using var db = (await contextFactory.CreateDbContextAsync(ct)).AuditAs(actor);
        var sheet = await db.EvaluationSheets.FirstOrDefaultAsync(s => s.Id == id && s.MunicipalityId == actor.MunicipalityId, ct)
            ?? throw new NotFoundException("Scheda di valutazione non trovata.");
        if (!AccessRules.CanReadSheet(actor, sheet))
        {
            throw new AccessDeniedException(AccessRules.NotYourSheet);
        }

        if (refusal(actor, sheet) is { } reason)
        {
            throw new AccessDeniedException(reason);
        }

        var today = Today();
        var day = on ?? today;
        if (day > today)
        {
            throw new DomainException($"La data ({Format.Date(day)}) non può essere successiva a oggi.", "on");
        }

        if (version is { } v)
        {
            // A stale version is a conflict before it is anything else: the rule a change breaks may be the one the
            // newer save brought (an evaluator replaced meanwhile), and the caller must read the sheet again first.
            var row = db.Entry(sheet).Property<uint>(RowVersionCheck.Property);
            if (row.CurrentValue != v)
            {
                throw new ConcurrencyConflictException();
            }

            row.OriginalValue = v;
        }

        var plan = await db.PlanCycles.AsNoTracking().FirstAsync(p => p.Id == sheet.PlanCycleId, ct);
        var municipality = await db.Municipalities.AsNoTracking().FirstAsync(m => m.Id == sheet.MunicipalityId, ct);
        var step = new SheetStep(plan.Evaluation.ToSystem(), municipality.Settings.Calendar(), day, await SheetMoney.MaximumPayAsync(db, sheet, ct));
        change(sheet, step);
        var root = db.Entry(sheet);
        if (root.State == EntityState.Unchanged && db.ChangeTracker.Entries().Any(e => e.Metadata.IsOwned() && e.State != EntityState.Unchanged))
        {
            // A change of the sheet's parts alone (evaluators, partial evaluations) still writes the sheet's row, so its
            // version moves on and the check against the version read runs: a second writer gets 409.
            root.Property(s => s.Year).IsModified = true;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException(inner: ex);
        }

        return await SheetViewMapper.ViewAsync(db, actor, sheet, today, ct);
    }

    /// <summary>What a step needs besides the sheet: the cycle's evaluation system, the ente's calendar, the day, the fund's maximum.</summary>
    private sealed record SheetStep(EvaluationSystem System, WorkingDayCalendar Calendar, DateOnly On, decimal? MaximumPay);
}
