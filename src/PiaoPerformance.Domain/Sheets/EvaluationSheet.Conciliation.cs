using PiaoPerformance.Domain.Calendar;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Sheets;

// SPEC §4.15 (S3:1111-1121): notify → observations within 10 working days → the evaluator confirms or modifies within
// 10 working days → the person evaluated signs (accepts) or contests → validated. Deadlines count working days of the
// ente's calendar from the day after the event (Example 10). Each notified, modified and final sheet is a version.
public sealed partial class EvaluationSheet
{
    /// <summary>SPEC §4.15: "entro dieci giorni lavorativi" for the observations and for the evaluator's answer.</summary>
    public const int ConciliationWorkingDays = 10;

    public DateOnly? NotifiedOn { get; private set; }

    /// <summary>Last day for the observations: 10 working days after the notification.</summary>
    public DateOnly? ObservationsDue { get; private set; }

    public DateOnly? ObservedOn { get; private set; }

    public string? Observations { get; private set; }

    /// <summary>Last day for the evaluator to confirm or modify: 10 working days after the observations.</summary>
    public DateOnly? ReviewDue { get; private set; }

    public DateOnly? ReviewedOn { get; private set; }

    public Guid? ReviewedByPersonId { get; private set; }

    public string? ReviewNote { get; private set; }

    /// <summary>Day the person evaluated signed the sheet (Accettata).</summary>
    public DateOnly? SignedOn { get; private set; }

    public DateOnly? ContestedOn { get; private set; }

    public string? ContestNote { get; private set; }

    public DateOnly? ValidatedOn { get; private set; }

    public Guid? ValidatedByPersonId { get; private set; }

    /// <summary>The final version, once validated: it replaces the earlier ones, which stay readable.</summary>
    public SheetVersion? Final => State == SheetState.Validata ? Current : null;

    /// <summary>The deadline now running, or null (draft, or waiting for a signature or validation).</summary>
    public SheetDeadline? Deadline => SheetDeadline.Of(State, ObservationsDue, ReviewDue);

    /// <summary>Whether the running deadline has passed on <paramref name="today"/>.</summary>
    public bool IsOverdueOn(DateOnly today) => Deadline?.IsOverdueOn(today) == true;

    /// <summary>
    /// The evaluator notifies the draft: the figures are computed and frozen as version 1 and the observations
    /// deadline starts (Example 10: notified Mon 3 Mar 2025 → due Mon 17 Mar 2025).
    /// </summary>
    public SheetVersion Notify(Guid byPersonId, DateOnly on, WorkingDayCalendar calendar, EvaluationSystem system, decimal? maximumPay = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Require(SheetState.Bozza, "notificare");
        var version = Snapshot(SheetState.Notificata, on, byPersonId, Compute(system, maximumPay), null);
        State = SheetState.Notificata;
        NotifiedOn = on;
        ObservationsDue = calendar.AddWorkingDays(on, ConciliationWorkingDays);
        return version;
    }

    /// <summary>The person evaluated submits written observations, by the deadline; the evaluator's 10 working days start.</summary>
    public void Observe(DateOnly on, string? text, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Require(SheetState.Notificata, "presentare osservazioni su");
        var observations = Guard.Required(text, "observations", "Osservazioni");
        NotBefore(on, NotifiedOn);
        if (on > ObservationsDue)
        {
            throw new DomainException(
                $"Il termine per le osservazioni è scaduto il {Format.Date(ObservationsDue!.Value)} (10 giorni lavorativi dalla notifica).", "observations");
        }

        Observations = observations;
        ObservedOn = on;
        ReviewDue = calendar.AddWorkingDays(on, ConciliationWorkingDays);
        State = SheetState.Osservazioni;
    }

    /// <summary>The evaluator confirms the judgement after the observations; the sheet must be as notified.</summary>
    public void Confirm(Guid byPersonId, DateOnly on, string? note, EvaluationSystem system)
    {
        Require(SheetState.Osservazioni, "confermare");
        NotBefore(on, ObservedOn);
        if (ChangedSinceCurrent(system))
        {
            throw new DomainException("La scheda è stata cambiata dopo la notifica: per notificare i cambiamenti usare «Modifica».", "state");
        }

        ReviewedOn = on;
        ReviewedByPersonId = byPersonId;
        ReviewNote = Guard.Optional(note);
        State = SheetState.Confermata;
    }

    /// <summary>The evaluator modifies the sheet after the observations: the new figures become a new version, notified.</summary>
    public SheetVersion Modify(Guid byPersonId, DateOnly on, string? reason, EvaluationSystem system, decimal? maximumPay = null)
    {
        Require(SheetState.Osservazioni, "modificare");
        NotBefore(on, ObservedOn);
        var why = Guard.Required(reason, "reason", "Motivazione della modifica");
        var version = Snapshot(SheetState.Modificata, on, byPersonId, Compute(system, maximumPay), why);
        ReviewedOn = on;
        ReviewedByPersonId = byPersonId;
        ReviewNote = why;
        State = SheetState.Modificata;
        return version;
    }

    /// <summary>The person evaluated signs the notified, confirmed or modified sheet, closing the procedure.</summary>
    public void Accept(DateOnly on)
    {
        if (State is not (SheetState.Notificata or SheetState.Confermata or SheetState.Modificata))
        {
            throw Refused("accettare");
        }

        NotBefore(on, NotifiedOn);
        SignedOn = on;
        State = SheetState.Accettata;
    }

    /// <summary>The person evaluated does not accept the outcome of the conciliation (confirmed or modified sheet).</summary>
    public void Contest(DateOnly on, string? note)
    {
        if (State is not (SheetState.Confermata or SheetState.Modificata))
        {
            throw State == SheetState.Notificata
                ? new DomainException("Prima di contestare la scheda occorre presentare osservazioni al valutatore (procedura di conciliazione, SPEC §4.15).", "state")
                : Refused("contestare");
        }

        NotBefore(on, ReviewedOn);
        ContestNote = Guard.Required(note, "note", "Motivi della contestazione");
        ContestedOn = on;
        State = SheetState.Contestata;
    }

    /// <summary>
    /// The sheet becomes final: accepted, contested, or notified with the observations deadline passed in silence.
    /// The last notified figures are copied into the final version, which replaces the earlier ones.
    /// </summary>
    public SheetVersion Validate(Guid byPersonId, DateOnly on)
    {
        var silent = State == SheetState.Notificata && ObservationsDue is { } due && on > due;
        if (State is not (SheetState.Accettata or SheetState.Contestata) && !silent)
        {
            throw State == SheetState.Notificata
                ? new DomainException(
                    $"Il termine per le osservazioni scade il {Format.Date(ObservationsDue!.Value)}: la scheda si valida dopo, o quando il valutato la accetta.", "state")
                : Refused("validare");
        }

        var current = Current!;
        var version = new SheetVersion(current, _versions.Count + 1, SheetState.Validata, on, byPersonId);
        _versions.Add(version);
        ValidatedOn = on;
        ValidatedByPersonId = byPersonId;
        State = SheetState.Validata;
        return version;
    }

    /// <summary>Whether the inputs were changed since the current version (scores, or any figure).</summary>
    public bool ChangedSinceCurrent(EvaluationSystem system)
    {
        if (Current is not { } current)
        {
            return true;
        }

        var now = Compute(system);
        return SheetText.Join(ScoreList) != current.Scores || now.D != current.D || now.DAfterSanctions != current.DAfterSanctions
            || now.Evaluable != current.Evaluable || EntePerformance != current.EntePerformance;
    }

    private SheetVersion Snapshot(SheetState state, DateOnly on, Guid byPersonId, SheetResult result, string? note)
    {
        var version = new SheetVersion(MunicipalityId, _versions.Count + 1, state, on, byPersonId, SheetText.Join(ScoreList),
            EntePerformance ?? 0m, result, note);
        _versions.Add(version);
        return version;
    }

    private void EnsureEditable()
    {
        if (State is not (SheetState.Bozza or SheetState.Osservazioni))
        {
            throw new DomainException(State == SheetState.Validata
                ? "La scheda è validata: non può più essere modificata."
                : $"La scheda è nello stato «{State}»: si modifica solo in bozza o, dopo le osservazioni del valutato, con la procedura di conciliazione.",
                "state");
        }
    }

    private void Require(SheetState state, string action)
    {
        if (State != state)
        {
            throw Refused(action);
        }
    }

    private DomainException Refused(string action) =>
        new(State == SheetState.Validata
            ? "La scheda è validata: non può più essere modificata."
            : $"Non si può {action} una scheda nello stato «{State}».", "state");

    private static void NotBefore(DateOnly on, DateOnly? earlier)
    {
        if (earlier is { } day && on < day)
        {
            throw new DomainException($"La data ({Format.Date(on)}) non può precedere il passo precedente ({Format.Date(day)}).", "on");
        }
    }
}
