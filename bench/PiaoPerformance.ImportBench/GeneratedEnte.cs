using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.ImportBench;

/// <summary>
/// A made-up comune for the benchmark: a Segreteria and <c>units</c> settori with one head each; with
/// <c>objectivesPerUnit</c> cards per settore (weight 100 / n each, an indicator, three year targets, two phases, a
/// three-step rule) or none, for an empty plan to import into. Units and people have the same codes and names in
/// every copy, so one ente's workbook imports into another's plan.
/// </summary>
internal sealed class GeneratedEnte
{
    private static readonly DateOnly Since = new(2024, 1, 1);

    public GeneratedEnte(int units, int objectivesPerUnit)
    {
        Municipality = new Municipality($"bench-{Guid.NewGuid():N}"[..14], "Comune di Prova Grande", MunicipalityKind.Comune, "Settore");
        Cycle = new PlanCycle(Municipality.Id, 2024, 2026);
        var segreteria = new OrgUnit(Municipality.Id, OrgUnitKind.Segreteria, "SEG", "Segreteria generale", 1);
        Segretario = new Person(Municipality.Id, "Dott.", "Segretaria", "Generale");
        Units.Add(segreteria);
        People.Add(Segretario);
        Managers.Add(new ManagerAssignment(segreteria, Segretario, ManagerRole.Segretario, Since, null, false));
        var sortOrder = 0;
        for (var u = 1; u <= units; u++)
        {
            var unit = new OrgUnit(Municipality.Id, OrgUnitKind.Settore, $"S{u:00}", $"Settore {u}", u + 1);
            var head = new Person(Municipality.Id, null, "Responsabile", $"Settore {u:00}");
            Units.Add(unit);
            People.Add(head);
            Managers.Add(new ManagerAssignment(unit, head, ManagerRole.ResponsabileEQ, Since, null, false));
            for (var n = 1; n <= objectivesPerUnit; n++)
            {
                Objectives.Add(Card(unit, n, 100m / objectivesPerUnit, ++sortOrder));
            }
        }
    }

    public Municipality Municipality { get; }

    public PlanCycle Cycle { get; }

    public Person Segretario { get; }

    public List<OrgUnit> Units { get; } = [];

    public List<Person> People { get; } = [];

    public List<ManagerAssignment> Managers { get; } = [];

    public List<Objective> Objectives { get; } = [];

    public Actor SegretarioActor()
    {
        var account = new UserAccount(Municipality.Id, Segretario.Id, $"bench-{Guid.NewGuid():N}"[..20], "hash");
        return Actor.Create(account, Segretario, [], Managers, [], DateOnly.FromDateTime(DateTime.UtcNow), Since, new DateOnly(2026, 12, 31));
    }

    public async Task SaveAsync(PiaoDbContext db)
    {
        db.Municipalities.Add(Municipality);
        db.PlanCycles.Add(Cycle);
        db.People.AddRange(People);
        db.OrgUnits.AddRange(Units);
        db.ManagerAssignments.AddRange(Managers);
        db.Objectives.AddRange(Objectives);
        await db.SaveChangesAsync();
    }

    private Objective Card(OrgUnit unit, int number, decimal weight, int sortOrder)
    {
        var card = new Objective(Cycle, ObjectiveLevel.Operational, ObjectiveKind.Unit, number, $"Obiettivo {number} del {unit.Name}: digitalizzazione dei procedimenti", unit);
        card.Describe("DIGITALIZZAZIONE", card.Title, "Descrizione estesa dell'obiettivo generato per la misura dei tempi.",
            "Procedimenti gestiti in digitale", "Verifica a campione dei fascicoli");
        card.Schedule(new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31), null);
        card.SetWeight(Math.Round(weight, 4));
        card.AddIndicator(new IndicatorDraft("Procedimenti digitali / procedimenti totali", "[digitali/totali]*100", IndicatorUnit.Percent, Polarity.HigherIsBetter, "95%"));
        card.SetYearTarget(Cycle, 2024, 50m);
        card.SetYearTarget(Cycle, 2025, 80m);
        card.SetYearTarget(Cycle, 2026, 100m);
        card.SetPhases([new PhaseDraft("Analisi dei procedimenti", new DateOnly(2024, 6, 30)), new PhaseDraft("Messa in esercizio", new DateOnly(2024, 12, 31))]);
        card.SetAchievementRule(new AchievementRule(AchievementRuleKind.NumericThreshold,
            [new AchievementStep("Pieno", 100m, 95m), new AchievementStep("Parziale", 60m, 70m), new AchievementStep("Minimo", 30m, 50m)], "%"));
        card.Reorder(sortOrder);
        return card;
    }
}
