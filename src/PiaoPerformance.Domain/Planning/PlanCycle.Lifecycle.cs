using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Lifecycle;

namespace PiaoPerformance.Domain.Planning;

// The lifecycle of the plan: per-unit submission, approval, the forward steps and the variazioni (PlanLifecycle).
// Who may call each method is AccessRules' business; these methods keep the states consistent.
public sealed partial class PlanCycle
{
    private readonly List<UnitSubmission> _submissions = [];
    private readonly List<PlanVariation> _variations = [];

    /// <summary>Version 1 is the plan as first approved; each variazione opens the next one.</summary>
    public int VersionNumber { get; private set; } = 1;

    /// <summary>The approval of the current version; null until the Segretario approves it.</summary>
    public PlanApproval? Approval { get; private set; }

    /// <summary>The units of the current version that were sent for approval or sent back.</summary>
    public IReadOnlyList<UnitSubmission> Submissions => _submissions;

    /// <summary>Every variazione recorded, oldest first.</summary>
    public IReadOnlyList<PlanVariation> Variations => _variations.OrderBy(v => v.VersionNumber).ToList();

    /// <summary>The variazione that opened the current version; null for version 1.</summary>
    public PlanVariation? CurrentVariation => _variations.FirstOrDefault(v => v.VersionNumber == VersionNumber);

    /// <summary>Approved or later: its objectives change only through a variazione.</summary>
    public bool IsFrozen => PlanLifecycle.IsFrozen(State);

    public bool IsUnitSubmitted(Guid unitId) => _submissions.Any(s => s.OrgUnitId == unitId && s.IsSubmitted);

    /// <summary>
    /// A responsabile sends their unit's cards for approval. When every unit with cards has been sent, the plan is
    /// Inviato as a whole.
    /// </summary>
    public void SubmitUnit(Guid unitId, IReadOnlyCollection<Guid> unitsWithCards, Guid byPersonId, DateTimeOffset at)
    {
        if (State != PlanState.Bozza)
        {
            throw new DomainException(NotDraft(), nameof(State));
        }

        if (!unitsWithCards.Contains(unitId))
        {
            throw new DomainException("L'unità non ha obiettivi in questo piano: non c'è nulla da inviare.", "UnitId");
        }

        if (IsUnitSubmitted(unitId))
        {
            throw new DomainException("Le schede di questa unità sono già state inviate per l'approvazione.", "UnitId");
        }

        SubmissionOf(unitId).Submit(byPersonId, at);
        if (unitsWithCards.All(IsUnitSubmitted))
        {
            State = PlanState.Inviato;
        }

        Touch();
    }

    /// <summary>The Segretario sends a unit's cards back to Bozza, saying why; the plan is then in Bozza again.</summary>
    public void ReturnUnit(Guid unitId, string reason, Guid byPersonId, DateTimeOffset at)
    {
        var why = Guard.Required(reason, "Reason", "Motivo della restituzione");
        if (!PlanLifecycle.CanBeApproved(State))
        {
            throw new DomainException(Frozen(), nameof(State));
        }

        if (!IsUnitSubmitted(unitId))
        {
            throw new DomainException("Le schede di questa unità non sono state inviate: non c'è nulla da restituire.", "UnitId");
        }

        SubmissionOf(unitId).SendBack(why, byPersonId, at);
        State = PlanState.Bozza;
        Touch();
    }

    /// <summary>
    /// The Segretario approves the current version, recording the Giunta deliberation that adopts it. Refused with
    /// every <paramref name="problems"/> found by <see cref="ApprovalCheck"/>. Units not yet sent need not be:
    /// the Segretario's approval covers the whole plan.
    /// </summary>
    public void Approve(IReadOnlyList<ApprovalProblem> problems, string deliberationNumber, DateOnly deliberationDate, Guid byPersonId, DateTimeOffset at)
    {
        var number = Guard.Required(deliberationNumber, "DeliberationNumber", "Numero della deliberazione di Giunta");
        if (deliberationDate > Today(at))
        {
            throw new DomainException($"La data della deliberazione ({Format.Date(deliberationDate)}) non può essere futura.", "DeliberationDate");
        }

        if (!PlanLifecycle.CanBeApproved(State))
        {
            throw new DomainException(State == PlanState.Approvato ? "Il piano è già approvato." : Frozen(), nameof(State));
        }

        if (problems.Count > 0)
        {
            throw new ApprovalRefusedException(problems);
        }

        Approval = new PlanApproval(number, deliberationDate, at, byPersonId);
        State = PlanState.Approvato;
        Touch();
    }

    /// <summary>One step forward from Approvato: Monitoraggio, Rendicontazione, Valutazione NIV, Validato.</summary>
    public PlanState Advance()
    {
        State = PlanLifecycle.Next(State) ?? throw new DomainException(
            State == PlanState.Validato ? "Il piano è già validato: è l'ultimo stato del ciclo." : "Il piano deve essere prima approvato.",
            nameof(State));
        Touch();
        return State;
    }

    /// <summary>
    /// A variazione of the approved plan: recorded with its reason and act, it opens the next version in Bozza
    /// (every unit back to Bozza); the approved version stays as it was. Re-approval freezes the plan again.
    /// </summary>
    public void StartVariation(string reason, string actNumber, DateOnly actDate, Guid byPersonId, DateTimeOffset at)
    {
        var why = Guard.Required(reason, "Reason", "Motivo della variazione");
        var act = Guard.Required(actNumber, "ActNumber", "Numero dell'atto");
        if (actDate > Today(at))
        {
            throw new DomainException($"La data dell'atto ({Format.Date(actDate)}) non può essere futura.", "ActDate");
        }

        if (!PlanLifecycle.AllowsVariation(State))
        {
            throw new DomainException(State < PlanState.Approvato
                ? "Il piano non è ancora approvato: si modifica direttamente, senza variazione."
                : "Nello stato attuale il piano non può più essere variato: la variazione è ammessa in Approvato e in Monitoraggio.", nameof(State));
        }

        VersionNumber++;
        _variations.Add(new PlanVariation(MunicipalityId, VersionNumber, why, act, actDate, at, byPersonId));
        _submissions.Clear();
        Approval = null;
        State = PlanState.Bozza;
        Touch();
    }

    /// <summary>The day it is in Rome at <paramref name="at"/>: acts are dated by the ente's calendar.</summary>
    private static DateOnly Today(DateTimeOffset at) => DateOnly.FromDateTime(ItalianTime.ToLocal(at).DateTime);

    private UnitSubmission SubmissionOf(Guid unitId)
    {
        var submission = _submissions.FirstOrDefault(s => s.OrgUnitId == unitId);
        if (submission is null)
        {
            submission = new UnitSubmission(MunicipalityId, unitId);
            _submissions.Add(submission);
        }

        return submission;
    }

    private string NotDraft() => State == PlanState.Inviato
        ? "Tutte le unità hanno già inviato le schede: il piano attende l'approvazione."
        : Frozen();

    private string Frozen() => PlanLifecycle.FrozenMessage(State);
}
