using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Tests.Support;

/// <summary>
/// A small plan of a fictitious comune with a unique code, so tests sharing a class database never collide:
/// units with one head each and weighted objectives, plus cross-cutting strategic objectives.
/// <code>var plan = await new TestPlan("Comune di Prova").Unit("I", 30, 30).CrossCutting(40).SaveAsync(db.ContextFactory);</code>
/// </summary>
public sealed class TestPlan
{
    private int _sortOrder;

    public TestPlan(string name = "Comune di Prova")
    {
        Municipality = new Municipality($"prova-{Guid.NewGuid():N}"[..14], name, MunicipalityKind.Comune, "Settore");
        Cycle = new PlanCycle(Municipality.Id, 2024, 2026);
    }

    public Municipality Municipality { get; }

    public PlanCycle Cycle { get; }

    public List<OrgUnit> Units { get; } = [];

    public List<Person> People { get; } = [];

    public List<ManagerAssignment> Managers { get; } = [];

    public List<Objective> Objectives { get; } = [];

    /// <summary>The first unit objective: the usual subject of a test.</summary>
    public Objective FirstUnitObjective => Objectives.First(o => o.Kind == ObjectiveKind.Unit);

    /// <summary>A settore with one head and an objective per weight (targets 100% in 2024, "//" after).</summary>
    public TestPlan Unit(string code, params decimal[] weights)
    {
        var unit = new OrgUnit(Municipality.Id, OrgUnitKind.Settore, code, $"Settore {code} di {Municipality.Name}", Units.Count + 1);
        var head = new Person(Municipality.Id, "Dott.", "Responsabile", $"{code} {Municipality.Name}");
        Units.Add(unit);
        People.Add(head);
        Managers.Add(new ManagerAssignment(unit, head, ManagerRole.ResponsabileEQ, new DateOnly(2024, 1, 1), null, false));
        var number = 1;
        foreach (var weight in weights)
        {
            var objective = new Objective(Cycle, ObjectiveLevel.Operational, ObjectiveKind.Unit, number, $"Obiettivo {number} del settore {code} ({Municipality.Name})", unit);
            objective.Describe("DIGITALIZZAZIONE", objective.Title, null, "Risultato atteso", null);
            objective.SetWeight(weight);
            objective.SetYearTarget(Cycle, 2024, 100m);
            objective.SetYearTarget(Cycle, 2025, null, notApplicable: true);
            objective.SetYearTarget(Cycle, 2026, null, notApplicable: true);
            Add(objective);
            number++;
        }

        return this;
    }

    public TestPlan CrossCutting(decimal weight)
    {
        var number = Objectives.Count(o => o.Kind == ObjectiveKind.CrossCutting) + 1;
        Add(new Objective(Cycle, ObjectiveLevel.Strategic, ObjectiveKind.CrossCutting, number, $"Obiettivo strategico {number} ({Municipality.Name})", null));
        Objectives[^1].SetWeight(weight);
        return this;
    }

    /// <summary>The Segretario comunale, heading the Segreteria (set by <see cref="WithSegretario"/>).</summary>
    public Person? Segretario { get; private set; }

    /// <summary>The head of the unit with this code.</summary>
    public Person HeadOf(string code) =>
        People.Single(p => p.Id == Managers.Single(m => m.OrgUnitId == Units.Single(u => u.Code == code).Id).PersonId);

    /// <summary>The unit objectives of the unit with this code, in order.</summary>
    public IReadOnlyList<Objective> ObjectivesOf(string code) =>
        Objectives.Where(o => o.OwnerUnitId == Units.Single(u => u.Code == code).Id).ToList();

    /// <summary>A Segreteria headed by the Segretario comunale, with no objectives of its own.</summary>
    public TestPlan WithSegretario()
    {
        var unit = new OrgUnit(Municipality.Id, OrgUnitKind.Segreteria, "SEG", "Segretario comunale", Units.Count + 1);
        Segretario = new Person(Municipality.Id, "Dott.", "Segretario", Municipality.Name);
        Units.Add(unit);
        People.Add(Segretario);
        Managers.Add(new ManagerAssignment(unit, Segretario, ManagerRole.Segretario, new DateOnly(2024, 1, 1), null, false));
        return this;
    }

    /// <summary>One indicator on every operational card, as approval requires.</summary>
    public TestPlan WithIndicators()
    {
        foreach (var card in Objectives.Where(o => o.Level != ObjectiveLevel.Strategic && o.Indicators.Count == 0))
        {
            card.AddIndicator(new IndicatorDraft($"Indicatore dell'obiettivo {card.Number}"));
        }

        return this;
    }

    public async Task<TestPlan> SaveAsync(IDbContextFactory<PiaoDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        db.Municipalities.Add(Municipality);
        db.PlanCycles.Add(Cycle);
        db.People.AddRange(People);
        db.OrgUnits.AddRange(Units);
        db.ManagerAssignments.AddRange(Managers);
        db.Objectives.AddRange(Objectives);
        await db.SaveChangesAsync();
        return this;
    }

    private void Add(Objective objective)
    {
        objective.Reorder(++_sortOrder);
        Objectives.Add(objective);
    }
}
