using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Domain.Lifecycle;

/// <summary>
/// What keeps a plan from approval (issue 5, SPEC §1.12 [PROP] "block approval when the weights do not total 100"):
/// every person evaluated must reach the required weight total with weights set on all their objectives or on none
/// (<see cref="WeightTotals"/>), and every operational or management card needs at least one indicator. All the
/// problems are listed at once, so the Segretario can hand out the fixes.
/// </summary>
public static class ApprovalCheck
{
    public static IReadOnlyList<ApprovalProblem> Problems(
        IReadOnlyCollection<OrgUnit> units,
        IReadOnlyCollection<ManagerAssignment> managers,
        IReadOnlyCollection<Person> people,
        IReadOnlyCollection<Objective> objectives,
        MunicipalitySettings settings)
    {
        var unitsById = units.ToDictionary(u => u.Id);
        var names = people.ToDictionary(p => p.Id, p => p.DisplayName);
        var problems = new List<ApprovalProblem>();
        foreach (var position in WeightTotals.Compute(units, managers, objectives, settings).Where(p => !p.IsComplete))
        {
            var who = $"{Label(unitsById[position.UnitId])} – {PeopleOf(position, names)}";
            problems.Add(position.Mode == WeightingMode.Mixed
                ? new ApprovalProblem(ApprovalProblemKind.MixedWeights, position.UnitId, null,
                    $"{who}: il peso è indicato solo per alcuni dei {position.ObjectiveCount} obiettivi; va indicato per tutti o per nessuno (ripartizione lineare).")
                : new ApprovalProblem(ApprovalProblemKind.WeightTotal, position.UnitId, null,
                    $"{who}: i pesi sommano a {Format.Number(position.Total)} % invece di {Format.Number(position.RequiredTotal)} % " +
                    $"(obiettivi propri {Format.Number(position.OwnWeight)} % + trasversali {Format.Number(position.CrossCuttingWeight)} %)."));
        }

        var byId = objectives.ToDictionary(o => o.Id);
        foreach (var card in objectives.Where(NeedsIndicators).Where(o => o.Indicators.Count == 0).OrderBy(o => o.SortOrder))
        {
            problems.Add(new ApprovalProblem(ApprovalProblemKind.MissingIndicators, card.OwnerUnitId, card.Id,
                $"{Where(card, unitsById, byId)}, obiettivo n. {card.Number} «{Shorten(card.Title)}»: manca almeno un indicatore di performance."));
        }

        return problems;
    }

    /// <summary>Operational and management cards are measured by indicators; a strategic objective by its operational ones.</summary>
    private static bool NeedsIndicators(Objective objective) =>
        objective.Status != ObjectiveStatus.Cancelled && objective.Level != ObjectiveLevel.Strategic;

    private static string Where(Objective card, Dictionary<Guid, OrgUnit> units, Dictionary<Guid, Objective> objectives) =>
        card.OwnerUnitId is { } unitId && units.TryGetValue(unitId, out var unit) ? Label(unit)
        : card.ParentObjectiveId is { } parentId && objectives.TryGetValue(parentId, out var parent) ? $"Obiettivo strategico n. {parent.Number}"
        : "Obiettivi di ente";

    private static string PeopleOf(PositionWeights position, Dictionary<Guid, string> names)
    {
        var list = position.PersonIds.Select(id => names.GetValueOrDefault(id)).OfType<string>().ToList();
        return list.Count == 0 ? "responsabile non assegnato" : string.Join(", ", list);
    }

    private static string Label(OrgUnit unit) => unit.Kind switch
    {
        OrgUnitKind.Segreteria => "Segretario comunale",
        OrgUnitKind.SettoreAutonomo => $"Settore autonomo {unit.Code}",
        OrgUnitKind.CentroDiResponsabilita => $"CdR {unit.Code}",
        _ => $"{unit.Kind} {unit.Code}",
    };

    private static string Shorten(string title) => title.Length <= 80 ? title : string.Concat(title.AsSpan(0, 77).TrimEnd(), "…");
}
