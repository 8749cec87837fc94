using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Lifecycle;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Domain.Tests.Support;

/// <summary>
/// A small plan of a fictitious comune for the PIAO 2024-2026: units, their heads, unit objectives and cross-cutting
/// strategic objectives, built through the entities' own methods.
/// </summary>
public sealed class PlanBuilder
{
    private int _sortOrder;

    public PlanBuilder(int startYear = 2024, int endYear = 2026)
    {
        Municipality = new Municipality("comune-di-prova", "Comune di Prova", MunicipalityKind.Comune, "Settore");
        Cycle = new PlanCycle(Municipality.Id, startYear, endYear);
    }

    public Municipality Municipality { get; }

    public PlanCycle Cycle { get; }

    public List<OrgUnit> Units { get; } = [];

    public List<Person> People { get; } = [];

    public List<ManagerAssignment> Managers { get; } = [];

    public List<Objective> Objectives { get; } = [];

    public OrgUnit Unit(string code, OrgUnitKind kind = OrgUnitKind.Settore)
    {
        var unit = new OrgUnit(Municipality.Id, kind, code, $"Settore {code}", Units.Count + 1);
        Units.Add(unit);
        return unit;
    }

    public Person Person(string familyName = "Rossi")
    {
        var person = new Person(Municipality.Id, "Dott.", "Mario", familyName);
        People.Add(person);
        return person;
    }

    /// <summary>A head of the unit for the whole of 2024 (a new person unless one is given).</summary>
    public Person Head(OrgUnit unit, ManagerRole role = ManagerRole.ResponsabileEQ, Person? person = null, bool isInterim = false)
    {
        person ??= Person($"Responsabile {unit.Code}");
        Managers.Add(new ManagerAssignment(unit, person, role, new DateOnly(2024, 1, 1), null, isInterim));
        return person;
    }

    /// <summary>An operational objective of the unit with the given weight (null: left to equal weighting).</summary>
    public Objective UnitObjective(OrgUnit unit, decimal? weight, Person? responsible = null)
    {
        var number = Objectives.Count(o => o.OwnerUnitId == unit.Id) + 1;
        var objective = new Objective(Cycle, ObjectiveLevel.Operational, ObjectiveKind.Unit, number, $"Obiettivo {unit.Code}.{number}", unit);
        if (responsible is not null)
        {
            objective.AssignTo(unit, responsible);
        }

        objective.SetWeight(weight);
        return Add(objective);
    }

    /// <summary>Unit objectives with these weights, e.g. <c>UnitObjectives(unit, 20, 20, 20)</c>.</summary>
    public IReadOnlyList<Objective> UnitObjectives(OrgUnit unit, params decimal?[] weights) =>
        weights.Select(w => UnitObjective(unit, w)).ToList();

    /// <summary>A strategic objective that applies to every settore (S0:7), with its weight.</summary>
    public Objective CrossCutting(decimal weight)
    {
        var number = Objectives.Count(o => o.Kind == ObjectiveKind.CrossCutting && o.Level == ObjectiveLevel.Strategic) + 1;
        var objective = new Objective(Cycle, ObjectiveLevel.Strategic, ObjectiveKind.CrossCutting, number, $"Obiettivo strategico {number}", null);
        objective.SetWeight(weight);
        return Add(objective);
    }

    /// <summary>An operational objective to place under a strategic one.</summary>
    public Objective Operational(string title = "Obiettivo operativo")
    {
        var objective = new Objective(Cycle, ObjectiveLevel.Operational, ObjectiveKind.CrossCutting, Objectives.Count + 1, title, null);
        return Add(objective);
    }

    public IReadOnlyList<PositionWeights> WeightTotals(MunicipalitySettings? settings = null) =>
        Domain.Planning.WeightTotals.Compute(Units, Managers, Objectives, settings ?? Municipality.Settings);

    /// <summary>Gives every operational and management card one indicator, as approval requires.</summary>
    public PlanBuilder WithIndicators()
    {
        foreach (var card in Objectives.Where(o => o.Level != ObjectiveLevel.Strategic && o.Indicators.Count == 0))
        {
            card.AddIndicator(new IndicatorDraft($"Indicatore di {card.Title}"));
        }

        return this;
    }

    /// <summary>The ids of the units that own cards: the units that send them for approval.</summary>
    public IReadOnlyCollection<Guid> UnitsWithCards => Objectives.Where(o => o.OwnerUnitId is not null).Select(o => o.OwnerUnitId!.Value).Distinct().ToList();

    public IReadOnlyList<ApprovalProblem> ApprovalProblems() =>
        ApprovalCheck.Problems(Units, Managers, People, Objectives, Municipality.Settings);

    private Objective Add(Objective objective)
    {
        objective.Reorder(++_sortOrder);
        Objectives.Add(objective);
        return objective;
    }
}
