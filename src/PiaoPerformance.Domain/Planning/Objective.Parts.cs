using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Domain.Planning;

// The card's lists: indicators, year targets, phases, staff, contributions; and the status.
public sealed partial class Objective
{
    public Indicator AddIndicator(IndicatorDraft draft)
    {
        var indicator = new Indicator(MunicipalityId, _indicators.Count == 0 ? 1 : _indicators.Max(i => i.Order) + 1, draft);
        _indicators.Add(indicator);
        Touch();
        return indicator;
    }

    public void ReviseIndicator(Guid indicatorId, IndicatorDraft draft)
    {
        FindIndicator(indicatorId).Revise(draft);
        Touch();
    }

    public void RemoveIndicator(Guid indicatorId)
    {
        _indicators.Remove(FindIndicator(indicatorId));
        var order = 1;
        foreach (var indicator in _indicators.OrderBy(i => i.Order))
        {
            indicator.MoveTo(order++);
        }

        Touch();
    }

    /// <summary>"Attesa" for one year of the cycle, or "//" when the objective does not apply that year (SPEC §1.8).</summary>
    public void SetYearTarget(PlanCycle cycle, int year, decimal? expectedPct, bool notApplicable = false)
    {
        var target = TargetFor(cycle, year);
        target.Plan(Guard.Percentage(expectedPct, nameof(YearTargets), $"Percentuale attesa {year}"), notApplicable);
        Touch();
    }

    /// <summary>"Realizzata" for one year; refused for a year marked "//".</summary>
    public void RecordActual(PlanCycle cycle, int year, decimal? actualPct)
    {
        var target = TargetFor(cycle, year);
        if (target.NotApplicable && actualPct is not null)
        {
            throw new DomainException($"L'obiettivo non è previsto per il {year} (\"//\"): non si può registrare una percentuale realizzata.", nameof(YearTargets));
        }

        target.Record(Guard.Percentage(actualPct, nameof(YearTargets), $"Percentuale realizzata {year}"));
        Touch();
    }

    public void SetPhases(IEnumerable<PhaseDraft> phases)
    {
        var list = phases.ToList();
        _phases.Clear();
        var order = 1;
        foreach (var phase in list)
        {
            _phases.Add(new Phase(MunicipalityId, order++, Guard.Required(phase.Title, nameof(Phases), "Descrizione della fase"), phase.DueDate, phase.Completed));
        }

        Touch();
    }

    public void SetStaff(IEnumerable<Person> people)
    {
        var list = people.DistinctBy(p => p.Id).ToList();
        if (list.Any(p => p.MunicipalityId != MunicipalityId))
        {
            throw new DomainException("Una persona coinvolta appartiene a un altro ente.", nameof(Staff));
        }

        _staff.Clear();
        _staff.AddRange(list.Select(p => new ObjectiveStaff(MunicipalityId, p.Id)));
        Touch();
    }

    /// <summary>Units contributing to a shared objective; the contributions must total 100% (SPEC §1.11 [PROP]).</summary>
    public void SetContributions(IReadOnlyList<ContributionDraft> contributions)
    {
        CheckContributions(contributions);
        _contributions.Clear();
        _contributions.AddRange(contributions.Select(c => new ObjectiveContribution(MunicipalityId, c)));
        Touch();
    }

    /// <summary>Refuses contributions that <see cref="SetContributions"/> would refuse; a form asks before saving.</summary>
    public static void CheckContributions(IReadOnlyList<ContributionDraft> contributions)
    {
        foreach (var c in contributions)
        {
            Guard.Percentage(c.ContributionPct, nameof(Contributions), "Percentuale di contribuzione");
        }

        if (contributions.GroupBy(c => c.OrgUnitId).Any(g => g.Count() > 1))
        {
            throw new DomainException("La stessa unità compare più volte tra le unità che contribuiscono.", nameof(Contributions));
        }

        var total = contributions.Sum(c => c.ContributionPct);
        if (contributions.Count > 0 && total != 100m)
        {
            throw new DomainException($"Le percentuali di contribuzione devono sommare a 100 (totale indicato: {Format.Number(total)}).", nameof(Contributions));
        }
    }

    public void Start()
    {
        EnsureNotCancelled();
        Status = ObjectiveStatus.InProgress;
        Touch();
    }

    public void MarkAchieved()
    {
        EnsureNotCancelled();
        Status = ObjectiveStatus.Achieved;
        Touch();
    }

    /// <summary>"Progetto eliminato in quanto non finanziato" (S3:332): cancelling needs a reason.</summary>
    public void Cancel(string reason)
    {
        CancellationReason = Guard.Required(reason, nameof(CancellationReason), "Motivo dell'annullamento");
        Status = ObjectiveStatus.Cancelled;
        Touch();
    }

    public void Reinstate()
    {
        CancellationReason = null;
        Status = ObjectiveStatus.Planned;
        Touch();
    }

    public YearTarget? TargetOf(int year) => _yearTargets.FirstOrDefault(t => t.Year == year);

    private YearTarget TargetFor(PlanCycle cycle, int year)
    {
        if (cycle.Id != PlanCycleId)
        {
            throw new DomainException("Il ciclo indicato non è quello dell'obiettivo.", nameof(YearTargets));
        }

        cycle.EnsureContains(year, nameof(YearTargets));
        var target = TargetOf(year);
        if (target is null)
        {
            target = new YearTarget(MunicipalityId, year);
            _yearTargets.Add(target);
        }

        return target;
    }

    private Indicator FindIndicator(Guid id) =>
        _indicators.FirstOrDefault(i => i.Id == id) ?? throw new DomainException("Indicatore non trovato.", nameof(Indicators));

    private void EnsureNotCancelled()
    {
        if (Status == ObjectiveStatus.Cancelled)
        {
            throw new DomainException("L'obiettivo è stato annullato: ripristinarlo prima di cambiarne lo stato.", nameof(Status));
        }
    }
}
