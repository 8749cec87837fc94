using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Domain.Measurement;

/// <summary>
/// What the responsabile reports on one objective for one year (issue 7, SPEC §2.1 [PROP]): progress entries during
/// Monitoraggio and, at year end, the Realizzata value (a percentage, or the measured value or milestone the
/// objective's graded rule needs), the relazione and the acts (number, date). Evidence files hang off it. The period
/// closes when the report is sent or the plan moves to Valutazione NIV; a late entry needs a reopening.
/// </summary>
public sealed class ObjectiveReport : ITenantOwned
{
    private readonly List<ProgressEntry> _progress = [];
    private readonly List<ActReference> _acts = [];
    private readonly List<ReportReopening> _reopenings = [];

    private ObjectiveReport()
    {
    }

    public ObjectiveReport(PlanCycle plan, Objective objective, int year)
    {
        if (objective.PlanCycleId != plan.Id || objective.MunicipalityId != plan.MunicipalityId)
        {
            throw new DomainException("L'obiettivo non appartiene a questo piano.", nameof(ObjectiveId));
        }

        CheckYear(plan, objective, year);
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

    /// <summary>Realizzata as a percentage 0..100 (SPEC §2.2), when the responsabile states it directly.</summary>
    public decimal? RealizedPct { get; private set; }

    /// <summary>The measured value a numeric-threshold or proportional rule compares (e.g. 80 % of procedures, 2 initiatives).</summary>
    public decimal? MeasuredValue { get; private set; }

    /// <summary>The milestone reached, by its label on the card (draft, approval).</summary>
    public string? ReachedStep { get; private set; }

    /// <summary>The relazione: what was done, against the expected result.</summary>
    public string? ReportText { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public Guid? SubmittedByPersonId { get; private set; }

    public bool IsSubmitted => SubmittedAt is not null;

    public IReadOnlyList<ProgressEntry> Progress => _progress.OrderBy(p => p.Order).ToList();

    public IReadOnlyList<ActReference> Acts => _acts.OrderBy(a => a.Order).ToList();

    public IReadOnlyList<ReportReopening> Reopenings => _reopenings.OrderBy(r => r.Order).ToList();

    /// <summary>A reopening not yet closed by sending the report again.</summary>
    public bool IsReopened => _reopenings.Any(r => r.IsOpen);

    /// <summary>Adds a progress entry in the plan's state; refused when the period is closed (<see cref="ReportingWindow"/>).</summary>
    public void AddProgress(PlanState state, DateOnly date, string? text, decimal? progressPct, Guid byPersonId, DateTimeOffset at)
    {
        if (ReportingWindow.WhyClosedForProgress(state, IsReopened) is { } closed)
        {
            throw new DomainException(closed, nameof(Progress));
        }

        if (date.Year != Year)
        {
            throw new DomainException($"Data dell'avanzamento: deve cadere nel {Year} (indicata {Format.Date(date)}).", "date");
        }

        var body = Guard.Required(text, "text", "Descrizione dell'avanzamento");
        Guard.Percentage(progressPct, "progressPct", "Percentuale di avanzamento");
        var order = _progress.Count == 0 ? 1 : _progress.Max(p => p.Order) + 1;
        _progress.Add(new ProgressEntry(order, date, body, progressPct, byPersonId, at, IsReopened));
    }

    /// <summary>
    /// The year-end values: Realizzata (0..100), the measured value or milestone for the card's rule, the relazione and
    /// the acts. Refused when the period is closed; nothing changes on a refusal.
    /// </summary>
    public void Report(PlanState state, decimal? realizedPct, decimal? measuredValue, string? reachedStep, string? reportText,
        IReadOnlyList<ActReferenceDraft>? acts)
    {
        EnsureReportOpen(state);
        Guard.Percentage(realizedPct, nameof(RealizedPct), "Percentuale realizzata");
        var drafts = acts ?? [];
        var checkedActs = new List<ActReference>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var act = drafts[i];
            var number = Guard.Required(act.Number, $"acts[{i}].number", $"Atto n. {i + 1}, numero");
            var date = act.Date ?? throw new DomainException($"Atto n. {i + 1}, data: campo obbligatorio.", $"acts[{i}].date");
            checkedActs.Add(new ActReference(i + 1, number, date, Guard.Optional(act.Description)));
        }

        RealizedPct = realizedPct;
        MeasuredValue = measuredValue;
        ReachedStep = Guard.Optional(reachedStep);
        ReportText = Guard.Optional(reportText);
        _acts.Clear();
        _acts.AddRange(checkedActs);
    }

    /// <summary>Sends the report to the NIV: it needs the relazione and a result; closes the period and any reopening.</summary>
    public void Submit(PlanState state, Guid byPersonId, DateTimeOffset at)
    {
        EnsureReportOpen(state);
        if (ReportText is null)
        {
            throw new DomainException("Relazione del responsabile: campo obbligatorio per inviare la rendicontazione.", nameof(ReportText));
        }

        if (RealizedPct is null && MeasuredValue is null && ReachedStep is null)
        {
            throw new DomainException(
                "Percentuale realizzata: indicare il risultato (percentuale, valore rilevato o traguardo raggiunto) prima dell'invio.", nameof(RealizedPct));
        }

        SubmittedAt = at;
        SubmittedByPersonId = byPersonId;
        foreach (var reopening in _reopenings.Where(r => r.IsOpen))
        {
            reopening.Close(at);
        }
    }

    /// <summary>Opens a closed report for a late entry, with the reason; refused while it is still open.</summary>
    public void Reopen(PlanState state, string? reason, Guid byPersonId, DateTimeOffset at)
    {
        var why = Guard.Required(reason, "reason", "Motivo della riapertura");
        if (IsReopened || ReportingWindow.WhyClosedForReport(state, IsSubmitted, reopened: false) is null)
        {
            throw new DomainException("La rendicontazione è ancora aperta: non occorre riaprirla.", "reason");
        }

        if (state is not (PlanState.Rendicontazione or PlanState.ValutazioneNiv or PlanState.Validato))
        {
            throw new DomainException("La rendicontazione non è ancora aperta: non c'è nulla da riaprire.", "reason");
        }

        var order = _reopenings.Count == 0 ? 1 : _reopenings.Max(r => r.Order) + 1;
        _reopenings.Add(new ReportReopening(order, why, byPersonId, at));
    }

    private void EnsureReportOpen(PlanState state)
    {
        if (ReportingWindow.WhyClosedForReport(state, IsSubmitted, IsReopened) is { } closed)
        {
            throw new DomainException(closed, nameof(ReportText));
        }
    }

    private static void CheckYear(PlanCycle plan, Objective objective, int year)
    {
        if (year < plan.StartYear || year > plan.EndYear)
        {
            throw new DomainException($"Anno: il piano copre gli anni dal {plan.StartYear} al {plan.EndYear} (indicato {year}).", nameof(Year));
        }

        if (objective.YearTargets.FirstOrDefault(t => t.Year == year) is { NotApplicable: true })
        {
            throw new DomainException($"Anno: l'obiettivo non è previsto per il {year} (\"//\").", nameof(Year));
        }
    }
}
