using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Sheets;

// What the evaluators enter on a sheet and the NIV agrees, and the engine's input built from it (SPEC §3.2, §4.9-4.11, §4.17).
public sealed partial class EvaluationSheet
{
    /// <summary>
    /// SPEC §3.3: one integer per catalogue item, each 0..max; a 0 on an item whose levels start at 1 needs a note.
    /// Only while the evaluator may change the sheet (Bozza, or Osservazioni before confirming or modifying).
    /// </summary>
    public void SetScores(IReadOnlyList<int> scores, IReadOnlyList<string?>? notes, EvaluationSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        EnsureEditable();
        var catalogue = system.For(Role).Catalogue;
        catalogue.Total(scores);
        var list = new List<SheetScore>();
        for (var i = 0; i < scores.Count; i++)
        {
            var note = Guard.Optional(notes is not null && i < notes.Count ? notes[i] : null);
            if (scores[i] == 0 && catalogue.DescriptorOf(i, 0) is null && note is null)
            {
                throw new DomainException(
                    $"Comportamento «{catalogue.Items[i].Display}»: il punteggio 0 non ha un descrittore nel catalogo, indicare una motivazione.",
                    $"notes[{i}]");
            }

            list.Add(new SheetScore(MunicipalityId, i, catalogue.Items[i].Code, scores[i], note));
        }

        _scores.Clear();
        _scores.AddRange(list);
    }

    public IReadOnlyList<int> ScoreList => Scores.Select(s => s.Score).ToArray();

    /// <summary>Component A's input (SPEC §3.2), 0..100.</summary>
    public void SetEntePerformance(decimal? value)
    {
        EnsureEditable();
        EntePerformance = Guard.Percentage(value, "entePerformance", "Performance di ente");
    }

    /// <summary>SPEC §4.9: the sanctions of the year, counts not negative.</summary>
    public void SetSanctions(SanctionsInput sanctions)
    {
        ArgumentNullException.ThrowIfNull(sanctions);
        EnsureEditable();
        NotNegative(sanctions.WrittenReprimand, "sanctions.writtenReprimand", "rimproveri scritti");
        NotNegative(sanctions.Fine, "sanctions.fine", "multe");
        NotNegative(sanctions.Suspension, "sanctions.suspension", "sospensioni");
        WrittenReprimands = sanctions.WrittenReprimand;
        Fines = sanctions.Fine;
        Suspensions = sanctions.Suspension;
        Dismissed = sanctions.Dismissal;
    }

    /// <summary>SPEC §4.10-4.11: service in the year, part-time, protected absences; dates within the sheet's year.</summary>
    public void SetService(ServiceInput service)
    {
        ArgumentNullException.ThrowIfNull(service);
        EnsureEditable();
        var (first, last) = (new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31));
        if (service.From is { } from && (from < first || from > last))
        {
            throw new DomainException($"L'inizio del servizio deve cadere nell'anno {Year} (indicato: {Format.Date(from)}).", "service.from");
        }

        if (service.To is { } to && (to < first || to > last))
        {
            throw new DomainException($"La fine del servizio deve cadere nell'anno {Year} (indicata: {Format.Date(to)}).", "service.to");
        }

        Guard.Period(service.From ?? first, service.To, "service.to");
        if (service.PartTimePct is <= 0m or > 100m)
        {
            throw new DomainException($"Percentuale di part-time: deve essere maggiore di 0 e al più 100 (indicata: {Format.Number(service.PartTimePct)}).", "service.partTimePct");
        }

        NotNegative(service.AbsenceDays, "service.absenceDays", "giorni di assenza");
        ServiceFrom = service.From;
        ServiceTo = service.To;
        PartTimePct = service.PartTimePct;
        VerticalPartTime = service.VerticalPartTime;
        ProtectedAbsence = service.ProtectedAbsence;
        AbsenceDays = service.AbsenceDays;
    }

    /// <summary>The money inputs: maximum (null = from the fund for employees), interim increase, payment times (SPEC §4.5-4.8, §2.10).</summary>
    public void SetPay(decimal? maximum, bool interimIncrease, bool? paymentTimesMet)
    {
        EnsureEditable();
        if (maximum is < 0m)
        {
            throw new DomainException($"Il premio massimo non può essere negativo (indicato: {Rewards.Figures.Money(maximum.Value)}).", "pay.maximum");
        }

        MaximumPay = maximum;
        InterimIncrease = interimIncrease;
        PaymentTimesMet = paymentTimesMet;
    }

    /// <summary>
    /// Takes in the NIV's agreed achievements of the sheet's objectives (the seam to the measurement): one per
    /// objective of the sheet, 0..100 % unless excluded. Only before notification.
    /// </summary>
    public void TakeAgreedAchievements(IReadOnlyList<AgreedAchievement> achievements)
    {
        ArgumentNullException.ThrowIfNull(achievements);
        if (State != SheetState.Bozza)
        {
            throw new DomainException("I risultati concordati degli obiettivi si acquisiscono solo sulla scheda in bozza.", "achievements");
        }

        for (var i = 0; i < achievements.Count; i++)
        {
            var a = achievements[i];
            if (_objectives.All(o => o.ObjectiveId != a.ObjectiveId))
            {
                throw new DomainException($"L'obiettivo n. {i + 1} non è tra gli obiettivi della scheda.", $"achievements[{i}].objectiveId");
            }

            if (!a.Excluded)
            {
                Guard.Percentage(a.Pct ?? throw new DomainException("Grado di raggiungimento: campo obbligatorio per un obiettivo non escluso.", $"achievements[{i}].pct"),
                    $"achievements[{i}].pct", "Grado di raggiungimento");
            }
        }

        foreach (var a in achievements)
        {
            _objectives.First(o => o.ObjectiveId == a.ObjectiveId).Agree(a.Excluded ? null : a.Pct, a.Excluded);
        }
    }

    /// <summary>
    /// The engine's input built from the sheet (SPEC §4.17). Throws a <see cref="DomainException"/> naming what is
    /// missing: ente performance, behaviour scores, an objective's agreed achievement.
    /// </summary>
    public SheetInput ToInput(decimal? maximumPay = null) => ToInput(maximumPay, null, null);

    // The what-if page (EvaluationSheet.WhatIf.cs) replaces some achievements and the scores, nothing else.
    private SheetInput ToInput(decimal? maximumPay, IReadOnlyDictionary<Guid, AgreedAchievement>? achievements, IReadOnlyList<int>? scores)
    {
        var ente = EntePerformance ?? throw new DomainException("Manca la performance di ente (componente A).", "entePerformance");
        scores ??= ScoreList;
        if (scores.Count == 0)
        {
            throw new DomainException("Mancano i punteggi dei comportamenti (componente C).", "behaviourScores");
        }

        var objectives = Objectives.Select(o => achievements?.GetValueOrDefault(o.ObjectiveId) is { } a
                ? (o.Code, o.Weight, AgreedPct: a.Pct, a.Excluded, o.IsPaymentTimes, o.SharedBy)
                : (o.Code, o.Weight, o.AgreedPct, o.Excluded, o.IsPaymentTimes, o.SharedBy))
            .Select((o, i) => o.Excluded
                ? new ObjectiveInput(o.Code, o.Weight, null)
                {
                    Excluded = true, ExclusionReason = "esclusione decisa dal NIV", IsPaymentTimes = o.IsPaymentTimes, SharedBy = o.SharedBy,
                }
                : new ObjectiveInput(o.Code, o.Weight, AchievementInput.Direct(o.AgreedPct
                    ?? throw new DomainException($"Manca il grado di raggiungimento concordato dell'obiettivo {o.Code}.", $"achievements[{i}].pct")))
                {
                    IsPaymentTimes = o.IsPaymentTimes, SharedBy = o.SharedBy,
                })
            .ToList();
        var max = MaximumPay ?? maximumPay;
        return new SheetInput
        {
            Role = Role,
            Year = Year,
            EntePerformance = ente,
            Objectives = objectives,
            BehaviourScores = scores,
            Sanctions = new SanctionsInput { WrittenReprimand = WrittenReprimands, Fine = Fines, Suspension = Suspensions, Dismissal = Dismissed },
            Service = new ServiceInput
            {
                From = ServiceFrom,
                To = ServiceTo,
                PartTimePct = PartTimePct,
                VerticalPartTime = VerticalPartTime,
                ProtectedAbsence = ProtectedAbsence,
                AbsenceDays = AbsenceDays,
            },
            Pay = max is { } m ? new PayInput { Maximum = m, InterimIncrease = InterimIncrease, PaymentTimesMet = PaymentTimesMet } : null,
        };
    }

    /// <summary>Scores the sheet as it stands now (the draft's live figures, or a what-if).</summary>
    public SheetResult Compute(EvaluationSystem system, decimal? maximumPay = null) =>
        SheetCalculator.Score(ToInput(maximumPay), system, new Explanation());

    private static void NotNegative(int count, string field, string what)
    {
        if (count < 0)
        {
            throw new DomainException($"Il numero di {what} non può essere negativo (indicato: {count}).", field);
        }
    }
}
