using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Sheets;

/// <summary>
/// Scheda di valutazione: one per person evaluated, year and role (SPEC §3.1), or one joint sheet of two dirigenti
/// on a prevalence tie (SPEC §4.12). It holds what the evaluators enter — behaviour scores per catalogue item, ente
/// performance, sanctions, presence, the money inputs, partial evaluations of an evaluator who left — and the
/// board's agreed achievements of its objectives; the figures (A, B, C, D, band, negative flag, pay) come from
/// <see cref="SheetCalculator"/>, live while the sheet is a draft and frozen in a <see cref="SheetVersion"/> from
/// notification on (ADR-018). Its conciliation states are in <c>EvaluationSheet.Conciliation.cs</c>.
/// </summary>
public sealed partial class EvaluationSheet : ITenantOwned
{
    private readonly List<SheetEvaluator> _evaluators = [];
    private readonly List<SheetObjective> _objectives = [];
    private readonly List<SheetScore> _scores = [];
    private readonly List<PartialEvaluation> _partials = [];
    private readonly List<SheetVersion> _versions = [];

    private EvaluationSheet()
    {
    }

    /// <summary>Opens a draft sheet; throws a <see cref="DomainException"/> naming the field when the opening breaks a rule of SPEC §3.1.</summary>
    public EvaluationSheet(SheetOpening opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        if (!Enum.IsDefined(opening.Role))
        {
            throw new DomainException("Ruolo valutato non riconosciuto: indicare Segretario, Dirigente, Eq o Dipendente.", nameof(Role));
        }

        if (opening.Year is < 2000 or > 2100)
        {
            throw new DomainException($"Anno di valutazione non valido: deve essere compreso tra 2000 e 2100 (indicato: {opening.Year}).", nameof(Year));
        }

        Id = Ids.New();
        MunicipalityId = opening.MunicipalityId;
        PlanCycleId = opening.PlanCycleId;
        PersonId = opening.PersonId;
        Year = opening.Year;
        Role = opening.Role;
        EvaluatorKind = opening.EvaluatorKind ?? DefaultEvaluator(opening.Role);
        OrgUnitId = opening.OrgUnitId;
        CheckEvaluatorKind();
        NameEvaluators(opening.Evaluators);
        SetObjectives(opening.Objectives);
        State = SheetState.Bozza;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid PlanCycleId { get; private set; }

    /// <summary>The person evaluated (valutato).</summary>
    public Guid PersonId { get; private set; }

    public int Year { get; private set; }

    public EvaluatedRole Role { get; private set; }

    public EvaluatorKind EvaluatorKind { get; private set; }

    /// <summary>The evaluating unit (by the prevalence rule); null for the Segretario.</summary>
    public Guid? OrgUnitId { get; private set; }

    public SheetState State { get; private set; }

    /// <summary>Ente performance 0..100 for component A (SPEC §3.2), null until entered.</summary>
    public decimal? EntePerformance { get; private set; }

    public int WrittenReprimands { get; private set; }

    public int Fines { get; private set; }

    public int Suspensions { get; private set; }

    public bool Dismissed { get; private set; }

    /// <summary>SPEC §4.10-4.11: first and last day of service in the year (null: the whole year).</summary>
    public DateOnly? ServiceFrom { get; private set; }

    public DateOnly? ServiceTo { get; private set; }

    public decimal PartTimePct { get; private set; } = 100m;

    public bool VerticalPartTime { get; private set; }

    public bool ProtectedAbsence { get; private set; }

    public int AbsenceDays { get; private set; }

    /// <summary>
    /// The maximum premium or result pay from the fund act (SPEC §4.5, §4.7); null: for an employee, computed from
    /// the year's fund and head-counts; for others, no amount is shown.
    /// </summary>
    public decimal? MaximumPay { get; private set; }

    public bool InterimIncrease { get; private set; }

    public bool? PaymentTimesMet { get; private set; }

    public IReadOnlyList<SheetEvaluator> Evaluators => _evaluators;

    public IReadOnlyList<SheetObjective> Objectives => _objectives.OrderBy(o => o.Order).ToList();

    public IReadOnlyList<SheetScore> Scores => _scores.OrderBy(s => s.ItemIndex).ToList();

    public IReadOnlyList<PartialEvaluation> PartialEvaluations => _partials.OrderBy(p => p.From).ToList();

    /// <summary>Every version notified, modified or validated, oldest first.</summary>
    public IReadOnlyList<SheetVersion> Versions => _versions.OrderBy(v => v.Number).ToList();

    /// <summary>A joint sheet of two dirigenti on a prevalence tie (SPEC §4.12).</summary>
    public bool IsJoint => _evaluators.Any(e => e.Role == SheetEvaluatorRole.Congiunto);

    /// <summary>The evaluators who fill in the sheet (the Valutatore and, on a joint sheet, the Congiunto).</summary>
    public IEnumerable<Guid> EvaluatorPersonIds =>
        _evaluators.Where(e => e.Role is SheetEvaluatorRole.Valutatore or SheetEvaluatorRole.Congiunto).Select(e => e.PersonId);

    public IEnumerable<Guid> ProposerPersonIds => _evaluators.Where(e => e.Role == SheetEvaluatorRole.Proponente).Select(e => e.PersonId);

    /// <summary>The latest version, whose figures are the sheet's from notification on; null in Bozza.</summary>
    public SheetVersion? Current => _versions.MaxBy(v => v.Number);

    /// <summary>SPEC §3.1: who evaluates each role by default.</summary>
    public static EvaluatorKind DefaultEvaluator(EvaluatedRole role) => role switch
    {
        EvaluatedRole.Segretario => EvaluatorKind.Sindaco,
        EvaluatedRole.Dirigente => EvaluatorKind.Niv,
        _ => EvaluatorKind.Dirigente,
    };

    private void CheckEvaluatorKind()
    {
        var ok = (Role, EvaluatorKind) switch
        {
            (EvaluatedRole.Segretario, EvaluatorKind.Sindaco) => true,
            (EvaluatedRole.Dirigente, EvaluatorKind.Niv) => true,
            (EvaluatedRole.Eq, EvaluatorKind.Dirigente or EvaluatorKind.Niv) => true,
            (EvaluatedRole.Dipendente, EvaluatorKind.Dirigente) => true,
            _ => false,
        };
        if (!ok)
        {
            throw new DomainException(
                "Valutatore non ammesso per il ruolo: il Segretario è valutato dal Sindaco, i dirigenti dal NIV, gli EQ dal dirigente " +
                "(o dal NIV se il settore è affidato ad interim al Segretario), i dipendenti dal dirigente su proposta dell'EQ (SPEC §3.1).",
                nameof(EvaluatorKind));
        }
    }

    private void NameEvaluators(IReadOnlyList<SheetEvaluatorDraft> evaluators)
    {
        if (evaluators.Any(e => e.PersonId == PersonId))
        {
            throw new DomainException("Il valutato non può essere valutatore o proponente della propria scheda.", "evaluators");
        }

        if (evaluators.Select(e => e.PersonId).Distinct().Count() != evaluators.Count)
        {
            throw new DomainException("Una persona è indicata più volte tra i valutatori.", "evaluators");
        }

        var main = evaluators.Count(e => e.Role == SheetEvaluatorRole.Valutatore);
        var joint = evaluators.Count(e => e.Role == SheetEvaluatorRole.Congiunto);
        if (EvaluatorKind == EvaluatorKind.Dirigente && main != 1)
        {
            throw new DomainException("Indicare il dirigente che valuta (uno solo; sulla scheda congiunta il secondo come congiunto).", "evaluators");
        }

        if (joint > 1 || (joint == 1 && EvaluatorKind != EvaluatorKind.Dirigente))
        {
            throw new DomainException("La scheda congiunta è compilata da due dirigenti (SPEC §4.12).", "evaluators");
        }

        if (evaluators.Any(e => e.Role == SheetEvaluatorRole.Proponente) && Role != EvaluatedRole.Dipendente)
        {
            throw new DomainException("La proposta dell'EQ è prevista solo sulle schede dei dipendenti (S3:731).", "evaluators");
        }

        _evaluators.AddRange(evaluators.Select(e => new SheetEvaluator(MunicipalityId, e.PersonId, e.Role, e.OrgUnitId)));
    }

    private void SetObjectives(IReadOnlyList<SheetObjectiveDraft> objectives)
    {
        if (objectives.Select(o => o.ObjectiveId).Distinct().Count() != objectives.Count)
        {
            throw new DomainException("Un obiettivo è indicato più volte sulla scheda.", "objectives");
        }

        for (var i = 0; i < objectives.Count; i++)
        {
            Guard.Percentage(objectives[i].Weight, $"objectives[{i}].weight", "Peso dell'obiettivo");
        }

        _objectives.AddRange(objectives.Select((o, i) =>
            new SheetObjective(MunicipalityId, i + 1, o.ObjectiveId, Guard.Required(o.Code, "objectives", "Codice dell'obiettivo"), o.Weight,
                o.IsPaymentTimes, o.SharedBy)));
    }
}
