using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Domain.Measurement;

/// <summary>
/// The NIV's measure of one objective for one year (SPEC §2.1-2.7): the value proposed by the graded rule, the NIV's
/// override with its reason (§2.4), third-party delay that counts as achieved (§2.5), events after planning (§2.6),
/// exclusion with its reason (§2.7), each member's sign-off and the board's agreed value. Any change to the measure
/// withdraws the sign-offs given; once agreed the measure is final and changes no more.
/// </summary>
public sealed class ObjectiveMeasurement : ITenantOwned
{
    public const string FinalMessage = "La misurazione è definitiva: il valore concordato dal NIV non si modifica più.";

    private readonly List<Sopravvenienza> _events = [];
    private readonly List<NivSignOff> _signOffs = [];

    private ObjectiveMeasurement()
    {
    }

    public ObjectiveMeasurement(PlanCycle plan, Objective objective, int year)
    {
        if (objective.PlanCycleId != plan.Id || objective.MunicipalityId != plan.MunicipalityId)
        {
            throw new DomainException("L'obiettivo non appartiene a questo piano.", nameof(ObjectiveId));
        }

        if (year < plan.StartYear || year > plan.EndYear)
        {
            throw new DomainException($"Anno: il piano copre gli anni dal {plan.StartYear} al {plan.EndYear} (indicato {year}).", nameof(Year));
        }

        Id = Ids.New();
        MunicipalityId = plan.MunicipalityId;
        PlanCycleId = plan.Id;
        ObjectiveId = objective.Id;
        Year = year;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid PlanCycleId { get; private set; }

    public Guid ObjectiveId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The value the graded rule gives on the reported result (<see cref="AchievementPrefill"/>); null when nothing reported.</summary>
    public decimal? RuleValue { get; private set; }

    public decimal? OverridePct { get; private set; }

    public string? OverrideReason { get; private set; }

    public bool ThirdPartyDelay { get; private set; }

    public string? ThirdPartyReason { get; private set; }

    /// <summary>Where the delay is documented: an act, a letter, a file of the report.</summary>
    public string? ThirdPartyEvidence { get; private set; }

    public bool Excluded { get; private set; }

    public string? ExclusionReason { get; private set; }

    public decimal? AgreedPct { get; private set; }

    public bool AgreedExcluded { get; private set; }

    public DateTimeOffset? AgreedAt { get; private set; }

    public Guid? AgreedByPersonId { get; private set; }

    public bool IsFinal => AgreedAt is not null;

    public IReadOnlyList<Sopravvenienza> Events => _events.OrderBy(e => e.Order).ToList();

    public IReadOnlyList<NivSignOff> SignOffs => _signOffs.OrderBy(s => s.At).ToList();

    /// <summary>
    /// The measure as it stands: excluded → null (the weight goes to the others); third-party delay → 100 (SPEC §2.5);
    /// else the NIV's override, else the rule's value.
    /// </summary>
    public decimal? EffectivePct => Excluded ? null : ThirdPartyDelay ? 100m : OverridePct ?? RuleValue;

    /// <summary>Stores the rule's value; a different value withdraws the sign-offs. Ignored once final.</summary>
    public void Prefill(decimal? ruleValue)
    {
        if (IsFinal || RuleValue == ruleValue)
        {
            return;
        }

        RuleValue = Guard.Percentage(ruleValue, nameof(RuleValue), "Valore proposto dalla regola");
        Changed();
    }

    /// <summary>SPEC §2.4: the NIV's own value (0..100) in place of the rule's, with a required written reason.</summary>
    public void Override(decimal pct, string? reason)
    {
        EnsureOpen();
        Guard.Percentage(pct, nameof(OverridePct), "Valore attribuito dal NIV");
        OverrideReason = Guard.Required(reason, nameof(OverrideReason), "Motivazione della modifica del valore");
        OverridePct = pct;
        Changed();
    }

    public void ClearOverride()
    {
        EnsureOpen();
        if (OverridePct is null)
        {
            return;
        }

        OverridePct = null;
        OverrideReason = null;
        Changed();
    }

    /// <summary>SPEC §2.5, S0:621: achieved despite the missing act, because of third parties: reason and evidence required.</summary>
    public void MarkThirdPartyDelay(string? reason, string? evidence)
    {
        EnsureOpen();
        var why = Guard.Required(reason, nameof(ThirdPartyReason), "Motivazione del ritardo di terzi");
        ThirdPartyEvidence = Guard.Required(evidence, nameof(ThirdPartyEvidence), "Riferimento alla documentazione del ritardo di terzi");
        ThirdPartyReason = why;
        ThirdPartyDelay = true;
        Changed();
    }

    public void ClearThirdPartyDelay()
    {
        EnsureOpen();
        if (!ThirdPartyDelay)
        {
            return;
        }

        ThirdPartyDelay = false;
        ThirdPartyReason = null;
        ThirdPartyEvidence = null;
        Changed();
    }

    /// <summary>SPEC §2.7, S0:623: the objective is excluded from the evaluation, with a required reason.</summary>
    public void Exclude(string? reason)
    {
        EnsureOpen();
        ExclusionReason = Guard.Required(reason, nameof(ExclusionReason), "Motivazione dell'esclusione");
        Excluded = true;
        Changed();
    }

    public void Include()
    {
        EnsureOpen();
        if (!Excluded)
        {
            return;
        }

        Excluded = false;
        ExclusionReason = null;
        Changed();
    }

    /// <summary>SPEC §2.6: records an event after planning; it informs the measure, so sign-offs are withdrawn.</summary>
    public void RecordEvent(DateOnly date, string? description, Guid byPersonId, DateTimeOffset at)
    {
        EnsureOpen();
        var text = Guard.Required(description, "description", "Descrizione della sopravvenienza");
        var order = _events.Count == 0 ? 1 : _events.Max(e => e.Order) + 1;
        _events.Add(new Sopravvenienza(order, date, text, byPersonId, at));
        Changed();
    }

    /// <summary>A NIV member signs the measure as it stands (a value, or the exclusion); signing again replaces their sign-off.</summary>
    public void SignOff(Guid memberPersonId, DateTimeOffset at)
    {
        EnsureOpen();
        if (!Excluded && EffectivePct is null)
        {
            throw new DomainException(
                "Valore da sottoscrivere mancante: il responsabile non ha rendicontato e il NIV non ha attribuito un valore.", nameof(OverridePct));
        }

        _signOffs.RemoveAll(s => s.MemberPersonId == memberPersonId);
        _signOffs.Add(new NivSignOff(memberPersonId, EffectivePct, Excluded, at));
    }

    /// <summary>
    /// The board's agreed value: every member of <paramref name="board"/> has signed the measure as it stands. The
    /// measure becomes final. Refused naming how many signatures are missing.
    /// </summary>
    public void Agree(IReadOnlyCollection<Guid> board, Guid byPersonId, DateTimeOffset at)
    {
        EnsureOpen();
        if (board.Count == 0)
        {
            throw new DomainException("Il NIV non ha componenti in carica: nessun valore può essere concordato.", nameof(SignOffs));
        }

        if (!board.Contains(byPersonId))
        {
            throw new DomainException("Solo un componente del NIV in carica può registrare il valore concordato.", nameof(SignOffs));
        }

        var missing = board.Count(member => !_signOffs.Any(s => s.MemberPersonId == member && s.SignedExcluded == Excluded && s.SignedPct == EffectivePct));
        if (missing > 0)
        {
            throw new DomainException(
                $"Sottoscrizioni: mancano {missing} su {board.Count} componenti del NIV sul valore attuale; il valore concordato richiede la firma di tutti.",
                nameof(SignOffs));
        }

        AgreedPct = EffectivePct;
        AgreedExcluded = Excluded;
        AgreedAt = at;
        AgreedByPersonId = byPersonId;
    }

    /// <summary>
    /// Writes the agreed value into the card's "Realizzata" cell of the year (SPEC §1.8: "ActualPct is set by the NIV"),
    /// so the plan and its PDF show it (the Relazione view). An excluded objective, or a year marked "//", keeps the
    /// cell empty. Only a final measure writes.
    /// </summary>
    public void WriteRealizzata(PlanCycle plan, Objective objective)
    {
        if (!IsFinal || objective.Id != ObjectiveId)
        {
            throw new DomainException("Solo il valore concordato dal NIV va nella colonna «Realizzata» della sua scheda.", nameof(AgreedPct));
        }

        if (objective.TargetOf(Year) is { NotApplicable: true })
        {
            return;
        }

        objective.RecordActual(plan, Year, AgreedExcluded ? null : AgreedPct);
    }

    private void EnsureOpen()
    {
        if (IsFinal)
        {
            throw new DomainException(FinalMessage, nameof(AgreedPct));
        }
    }

    private void Changed() => _signOffs.Clear();
}
