using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Sheets;

namespace PiaoPerformance.Infrastructure.Seed;

/// <summary>
/// The demo's evaluation sheets for 2024, all of fictitious people (ADR-011) with figures chosen for the demo, none
/// taken from a seed: the sheet of the demo employee <c>dip1</c> (the first staff member of Settore II) and of a
/// colleague, filled in by resp2 and left in draft; a Settore I employee's draft for resp1; the EQ head of
/// Settore II, evaluated by the NIV (the comune has no dirigenti).
/// </summary>
internal static class DemoSheets
{
    public const int Year = 2024;

    public static IReadOnlyList<EvaluationSheet> Create(PlanDocument document, PlanDocumentBuilder plan)
    {
        var system = plan.Cycle.Evaluation.ToSystem();
        var settoreI = Unit(document, plan, "I");
        var settoreII = Unit(document, plan, "II");
        return
        [
            Employee(plan, system, settoreII, staffIndex: 0, entePerformance: 92m, [5, 4, 4, 4, 5, 3, 4, 4, 5, 4], [100m, 75m, 100m, 100m, 50m, 100m, 100m]),
            Employee(plan, system, settoreII, staffIndex: 1, entePerformance: 92m, [4, 4, 3, 4, 4, 4, 3, 4, 4, 4], [100m, 75m, 100m, 100m, 50m, 100m, 100m]),
            Employee(plan, system, settoreI, staffIndex: 0, entePerformance: 92m, [5, 5, 4, 4, 4, 4, 5, 4, 5, 5], [100m, 100m, 100m, 75m, 100m, 100m, 100m]),
            Head(plan, system, settoreII),
        ];
    }

    /// <summary>The unit, its latest head and its staff, as the document lists them.</summary>
    private static (OrgUnit Unit, Person Head, IReadOnlyList<Person> Staff) Unit(PlanDocument document, PlanDocumentBuilder plan, string code)
    {
        var doc = document.Units.Single(u => u.Code == code);
        var head = doc.Managers.Select((m, i) => (m, i)).OrderByDescending(x => x.m.From).ThenBy(x => x.i).First().m;
        return (plan.Units.Single(u => u.Code == code), plan.PersonByKey(head.Person), doc.Staff.Select(s => plan.PersonByKey(s.Person)).ToList());
    }

    private static EvaluationSheet Employee(PlanDocumentBuilder plan, EvaluationSystem system, (OrgUnit Unit, Person Head, IReadOnlyList<Person> Staff) unit,
        int staffIndex, decimal entePerformance, int[] scores, decimal[] achievements)
    {
        var objectives = ObjectivesOf(plan, unit.Unit);
        var sheet = new EvaluationSheet(new SheetOpening
        {
            MunicipalityId = plan.Municipality.Id,
            PlanCycleId = plan.Cycle.Id,
            PersonId = unit.Staff[staffIndex].Id,
            Year = Year,
            Role = EvaluatedRole.Dipendente,
            OrgUnitId = unit.Unit.Id,
            Evaluators = [new(unit.Head.Id, SheetEvaluatorRole.Valutatore, unit.Unit.Id)],
            Objectives = objectives.Select(o => new SheetObjectiveDraft(o.Id, Code(o, unit.Unit), o.Weight, o.IsPaymentTimes, o.Staff.Count)).ToList(),
        });
        sheet.SetEntePerformance(entePerformance);
        sheet.TakeAgreedAchievements(objectives.Select((o, i) => new AgreedAchievement(o.Id, achievements[i % achievements.Length])).ToList());
        sheet.SetScores(scores, null, system);
        sheet.SetPay(1_200m, interimIncrease: false, paymentTimesMet: null);
        return sheet;
    }

    private static EvaluationSheet Head(PlanDocumentBuilder plan, EvaluationSystem system, (OrgUnit Unit, Person Head, IReadOnlyList<Person> Staff) unit)
    {
        var objectives = ObjectivesOf(plan, unit.Unit);
        var sheet = new EvaluationSheet(new SheetOpening
        {
            MunicipalityId = plan.Municipality.Id,
            PlanCycleId = plan.Cycle.Id,
            PersonId = unit.Head.Id,
            Year = Year,
            Role = EvaluatedRole.Eq,
            EvaluatorKind = EvaluatorKind.Niv,
            OrgUnitId = unit.Unit.Id,
            Objectives = objectives.Select(o => new SheetObjectiveDraft(o.Id, Code(o, unit.Unit), o.Weight, o.IsPaymentTimes, o.Staff.Count)).ToList(),
        });
        sheet.SetEntePerformance(92m);
        sheet.SetScores([4, 4, 4, 3, 4, 5], null, system);
        sheet.SetPay(4_000m, interimIncrease: false, paymentTimesMet: true);
        return sheet;
    }

    /// <summary>The unit's operational cards (60 points) and the ente's cross-cutting strategic objectives (40).</summary>
    private static List<Objective> ObjectivesOf(PlanDocumentBuilder plan, OrgUnit unit) =>
        plan.Objectives.Where(o => (o.OwnerUnitId == unit.Id && o.Level == ObjectiveLevel.Operational)
                || (o.Kind == ObjectiveKind.CrossCutting && o.Level == ObjectiveLevel.Strategic))
            .OrderBy(o => o.SortOrder).ToList();

    private static string Code(Objective objective, OrgUnit unit) =>
        objective.OwnerUnitId == unit.Id ? $"{unit.Code}.{objective.Number}" : $"T.{objective.Number}";
}
