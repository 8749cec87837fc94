using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Planning;

/// <summary>Maps a loaded plan to its read model; lookups are resolved once into dictionaries.</summary>
internal sealed class PlanViewMapper
{
    private readonly PlanData? _data;
    private readonly Dictionary<Guid, Person> _people;
    private readonly Dictionary<Guid, OrgUnit> _units;
    private readonly Dictionary<Guid, MandateLine> _lines;
    private readonly Dictionary<Guid, BudgetProgramme> _programmes;
    private readonly ILookup<Guid?, Objective> _children;
    private readonly Dictionary<Guid, Objective> _objectives;
    private readonly IReadOnlyDictionary<Guid, uint> _versions;

    public PlanViewMapper(PlanData data)
        : this(data.Units, data.People, data.MandateLines, data.BudgetProgrammes, data.Objectives, data.ObjectiveVersions) =>
        _data = data;

    /// <summary>
    /// For cards only (<see cref="Objective(Domain.Planning.Objective)"/>): the cards and the lookups they name, without
    /// the rest of the plan.
    /// </summary>
    public PlanViewMapper(IEnumerable<OrgUnit> units, IEnumerable<Person> people, IEnumerable<MandateLine> lines,
        IEnumerable<BudgetProgramme> programmes, IReadOnlyList<Objective> objectives, IReadOnlyDictionary<Guid, uint> versions)
    {
        _people = people.ToDictionary(p => p.Id);
        _units = units.ToDictionary(u => u.Id);
        _lines = lines.ToDictionary(l => l.Id);
        _programmes = programmes.ToDictionary(b => b.Id);
        _children = objectives.ToLookup(o => o.ParentObjectiveId);
        _versions = versions;
        _objectives = objectives.ToDictionary(o => o.Id);
    }

    private PlanData Data => _data ?? throw new InvalidOperationException("This mapper was built for cards only, not for a whole plan.");

    public static PlanView Map(PlanData data) => new PlanViewMapper(data).Plan();

    public PlanView Plan()
    {
        var cycle = Data.Cycle;
        var positions = WeightTotals.Compute(Data.Units, Data.Managers, Data.Objectives, Data.Municipality.Settings)
            .ToLookup(p => p.UnitId);
        var crossCutting = Data.Objectives
            .Where(o => o.Kind == ObjectiveKind.CrossCutting && o.Level == ObjectiveLevel.Strategic)
            .Select(Objective)
            .ToList();
        var units = Data.Units.Select(u => Unit(u, positions[u.Id])).ToList();
        return new PlanView(
            cycle.Id,
            Data.Municipality.Name,
            Data.Municipality.UnitLabel,
            Data.Municipality.Mayor,
            cycle.Title,
            cycle.Annex,
            cycle.StartYear,
            cycle.EndYear,
            cycle.State,
            cycle.Years,
            Data.MandateLines.Select(l => new MandateLineView(l.Id, l.Code, l.Name)).ToList(),
            crossCutting,
            cycle.NotesOf(PlanNoteKind.PaymentTimes).ToList(),
            units,
            new MethodNotesView(
                "INDICAZIONI METODOLOGICHE PER LA VALUTAZIONE",
                cycle.NotesOf(PlanNoteKind.MethodIntro).FirstOrDefault(),
                cycle.NotesOf(PlanNoteKind.MethodItem).ToList()),
            cycle.VersionNumber);
    }

    public ObjectiveView Objective(Objective o) => new(
        o.Id,
        o.PlanCycleId,
        o.Level,
        o.Kind,
        o.Number,
        o.Code,
        o.ParentObjectiveId,
        o.ShareOfParentPct,
        o.OwnerUnitId,
        o.OwnerUnitId is { } unitId && _units.TryGetValue(unitId, out var unit) ? unit.Heading ?? unit.Name : null,
        o.ResponsiblePersonId,
        NameOf(o.ResponsiblePersonId),
        o.Theme,
        o.Title,
        o.Description,
        o.MandateLines.Select(l => _lines[l.MandateLineId]).OrderBy(l => l.SortOrder).Select(l => l.Name).ToList(),
        o.DupCode,
        o.BudgetLinks.OrderBy(b => b.Order).Select(b => _programmes[b.BudgetProgrammeId]).Select(b => $"{b.Mission}.{b.Programme}").ToList(),
        o.StartDate,
        o.EndDate,
        o.EndText,
        o.Weight,
        o.ExpectedResult,
        o.VerificationMethod,
        o.Stakeholders,
        o.ExternalContributors,
        o.Status,
        o.CancellationReason,
        o.IsContingent,
        o.IsPaymentTimes,
        o.ReviewNote,
        o.Indicators.OrderBy(i => i.Order)
            .Select(i => new IndicatorView(i.Id, i.Name, i.Description, i.FormulaText, i.Unit, i.Polarity, i.Target, i.Baseline, i.DataSource, i.History))
            .ToList(),
        o.YearTargets.OrderBy(t => t.Year).Select(t => new YearTargetView(t.Year, t.NotApplicable, t.ExpectedPct, t.ActualPct)).ToList(),
        o.Phases.OrderBy(p => p.Order).Select(p => new PhaseView(p.Order, p.Title, p.DueDate, p.Completed)).ToList(),
        o.Staff.Select(s => NameOf(s.PersonId) ?? "").Order(StringComparer.Ordinal).ToList(),
        o.Contributions.OrderBy(c => _units.TryGetValue(c.OrgUnitId, out var u) ? u.SortOrder : int.MaxValue).Select(c => new ContributionView(c.OrgUnitId, _units.TryGetValue(c.OrgUnitId, out var u) ? u.Name : "", c.ContributionPct,
            c.ExpectedValue, c.MeasurementIndicators, c.ExpectedOutcome,
            o.WeightingGrid is { } g ? WeightingScale.AbsoluteWeight(WeightingScale.Default.Score(g), c.ContributionPct) : null)).ToList(),
        o.AchievementRule is { } rule ? new AchievementRuleView(rule.Kind, rule.MeasureUnit, rule.Steps) : null,
        _children[o.Id].OrderBy(c => c.SortOrder).Select(Objective).ToList(),
        _versions.GetValueOrDefault(o.Id),
        o.ParentObjectiveId is { } parentId && _objectives.TryGetValue(parentId, out var parent) ? ParentLabel(parent.Code, parent.Number, parent.Title) : null,
        o.WeightingGrid is { } grid
            ? new WeightingGridView(grid.Importance, grid.ExternalImpact, grid.Complexity, grid.Feasibility, WeightingScale.Default.Score(grid))
            : null);

    /// <summary>How a card names its strategic objective: its code, or its number, and its title.</summary>
    public static string ParentLabel(string? code, int number, string title) => $"{code ?? $"Obiettivo strategico n. {number}"} – {title}";

    private UnitView Unit(OrgUnit unit, IEnumerable<PositionWeights> positions) => new(
        unit.Id,
        unit.Kind,
        unit.Code,
        unit.Name,
        unit.Heading,
        unit.PoliticalOwner,
        unit.HumanResourcesNote,
        unit.FinancialResourcesNote,
        unit.AssetsNote,
        Data.Managers.Where(m => m.OrgUnitId == unit.Id)
            .OrderBy(m => m.From).ThenBy(m => NameOf(m.PersonId), StringComparer.Ordinal)
            .Select(m => new ManagerView(m.PersonId, NameOf(m.PersonId) ?? "", m.Role, m.From, m.To, m.IsInterim, m.ScopeServices))
            .ToList(),
        Data.Staff.Where(s => s.OrgUnitId == unit.Id)
            .OrderBy(s => s.ClassificationArea).ThenBy(s => NameOf(s.PersonId), StringComparer.Ordinal)
            .Select(s => new StaffView(s.PersonId, NameOf(s.PersonId) ?? "", s.ProfileTitle, s.ClassificationArea, s.PartTimePct))
            .ToList(),
        Data.Objectives.Where(o => o.OwnerUnitId == unit.Id && o.ParentObjectiveId is null).Select(Objective).ToList(),
        positions.Select(p => new WeightTotalView(p.ResponsiblePersonId, p.PersonIds.Select(id => NameOf(id) ?? "").ToList(), p.IsSecretary,
            p.ObjectiveCount, p.OwnWeight, p.CrossCuttingWeight, p.Total, p.Missing, p.Mode, p.IsComplete)).ToList());

    private string? NameOf(Guid? personId) =>
        personId is { } id && _people.TryGetValue(id, out var person) ? person.DisplayName : null;
}
