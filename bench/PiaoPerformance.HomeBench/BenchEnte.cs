using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Calendar;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.HomeBench;

/// <summary>
/// A generated comune of fictitious people for the home page benchmark: 40 units (39 settori and the Segreteria),
/// each with a head and 15 operational objectives (600 in all; every fourth unit's weights fall short of 100 and one
/// of its cards lacks an indicator, so the Segretario's page lists blocking problems), and 400 employee sheets of
/// 2024 (10 per unit), one per unit notified on 3 March 2025 and so past its observations deadline. Fixed seed.
/// </summary>
internal sealed class BenchEnte
{
    public const int UnitCount = 40;
    public const int ObjectivesPerUnit = 15;
    public const int SheetsPerUnit = 10;

    private BenchEnte(Municipality municipality, Person segretario, IReadOnlyList<ManagerAssignment> managers)
    {
        Municipality = municipality;
        Segretario = segretario;
        Managers = managers;
    }

    public Municipality Municipality { get; }

    public Person Segretario { get; }

    public IReadOnlyList<ManagerAssignment> Managers { get; }

    /// <summary>The Segretario as the app would load them: roles from their assignment, for the 2024-2026 cycle.</summary>
    public Actor SegretarioActor() =>
        Actor.Create(new UserAccount(Municipality.Id, Segretario.Id, "segretario-bench", "hash"), Segretario, [], Managers, [],
            DateOnly.FromDateTime(DateTime.UtcNow), new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));

    public static async Task<BenchEnte> SaveAsync(PiaoDbContext db)
    {
        var random = new Random(20240101);
        var municipality = new Municipality($"bench-{Guid.NewGuid():N}"[..14], "Comune di Banco di Prova", MunicipalityKind.Comune, "Settore");
        var plan = new PlanCycle(municipality.Id, 2024, 2026);
        var system = plan.Evaluation.ToSystem();
        var people = new List<Person>();
        var units = new List<OrgUnit>();
        var managers = new List<ManagerAssignment>();
        var objectives = new List<Objective>();
        var sheets = new List<EvaluationSheet>();
        var segretario = new Person(municipality.Id, "Dott.", "Segretaria", "Di Banco");
        people.Add(segretario);
        var sort = 0;
        for (var u = 1; u <= UnitCount; u++)
        {
            var segreteria = u == UnitCount;
            var code = segreteria ? "SEG" : Roman(u);
            var unit = new OrgUnit(municipality.Id, segreteria ? OrgUnitKind.Segreteria : OrgUnitKind.Settore, code,
                segreteria ? "Segretario comunale" : $"Settore {code} – servizi generati n. {u}", u);
            units.Add(unit);
            var head = segreteria ? segretario : new Person(municipality.Id, "Dott.", $"Responsabile{u}", $"Banco{u}");
            if (!segreteria)
            {
                people.Add(head);
            }

            managers.Add(new ManagerAssignment(unit, head, segreteria ? ManagerRole.Segretario : ManagerRole.ResponsabileEQ, new DateOnly(2024, 1, 1), null, false));
            var short_ = u % 4 == 0;
            var cards = new List<Objective>();
            for (var n = 1; n <= ObjectivesPerUnit; n++)
            {
                var card = new Objective(plan, ObjectiveLevel.Operational, ObjectiveKind.Unit, n, $"Obiettivo {n} del settore {code}: attività n. {random.Next(1000, 9999)}", unit);
                card.Describe("GENERATO", card.Title, null, "Risultato atteso", null);
                // 10 × 6 + 5 × 8 = 100; the short units give the last card 4 instead.
                card.SetWeight(n <= 10 ? 6m : n == ObjectivesPerUnit && short_ ? 4m : 8m);
                if (!(short_ && n == 1))
                {
                    card.AddIndicator(new IndicatorDraft($"Indicatore dell'obiettivo {n}"));
                }

                card.Reorder(++sort);
                cards.Add(card);
            }

            objectives.AddRange(cards);
            for (var s = 0; s < SheetsPerUnit; s++)
            {
                var employee = new Person(municipality.Id, null, $"Dipendente{u}x{s}", $"Banco{u}");
                people.Add(employee);
                var sheet = new EvaluationSheet(new SheetOpening
                {
                    MunicipalityId = municipality.Id,
                    PlanCycleId = plan.Id,
                    PersonId = employee.Id,
                    Year = 2024,
                    Role = EvaluatedRole.Dipendente,
                    OrgUnitId = unit.Id,
                    Evaluators = [new(head.Id, SheetEvaluatorRole.Valutatore, unit.Id)],
                    // The short units' cards do not reach 100: their sheets weigh the objectives equally.
                    Objectives = cards.Select(o => new SheetObjectiveDraft(o.Id, $"{code}.{o.Number}", short_ ? null : o.Weight)).ToList(),
                });
                if (s == 0)
                {
                    sheet.SetEntePerformance(90m);
                    sheet.TakeAgreedAchievements(cards.Select(o => new AgreedAchievement(o.Id, 100m)).ToList());
                    sheet.SetScores([4, 4, 4, 4, 4, 4, 4, 4, 4, 4], null, system);
                    sheet.SetPay(1_200m, interimIncrease: false, paymentTimesMet: null);
                    sheet.Notify(head.Id, new DateOnly(2025, 3, 3), new WorkingDayCalendar(), system, 1_200m);
                }

                sheets.Add(sheet);
            }
        }

        db.Municipalities.Add(municipality);
        db.PlanCycles.Add(plan);
        db.People.AddRange(people);
        db.OrgUnits.AddRange(units);
        db.ManagerAssignments.AddRange(managers);
        db.Objectives.AddRange(objectives);
        db.EvaluationSheets.AddRange(sheets);
        await db.SaveChangesAsync();
        return new BenchEnte(municipality, segretario, managers);
    }

    private static string Roman(int n)
    {
        (int Value, string Symbol)[] table = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = "";
        foreach (var (value, symbol) in table)
        {
            while (n >= value)
            {
                result += symbol;
                n -= value;
            }
        }

        return result;
    }
}
