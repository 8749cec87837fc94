using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Domain.Planning;

/// <summary>
/// Weight totals per person evaluated (SPEC §1.12: "weights total 100 per person being evaluated", S3:540, S3:807).
/// A unit's objectives form one position per responsible person (Settore VI has two heads splitting them, S0:401);
/// objectives without one belong to the unit's heads together. Cross-cutting strategic objectives add their weight
/// to every position except the Segretario's unless the ente says otherwise (SPEC §1.5 [INF]).
/// </summary>
public static class WeightTotals
{
    public static IReadOnlyList<PositionWeights> Compute(
        IEnumerable<OrgUnit> units,
        IEnumerable<ManagerAssignment> managers,
        IEnumerable<Objective> objectives,
        MunicipalitySettings settings)
    {
        var live = objectives.Where(o => o.Status != ObjectiveStatus.Cancelled).ToList();
        var crossCutting = live
            .Where(o => o.Kind == ObjectiveKind.CrossCutting && o.Level == ObjectiveLevel.Strategic)
            .Sum(o => o.Weight ?? 0m);
        var managersByUnit = managers.ToLookup(m => m.OrgUnitId);
        var result = new List<PositionWeights>();

        foreach (var unit in units.OrderBy(u => u.SortOrder))
        {
            var unitManagers = managersByUnit[unit.Id].ToList();
            var isSecretary = unit.Kind == OrgUnitKind.Segreteria || unitManagers.Any(m => m.Role == ManagerRole.Segretario);
            var own = live
                .Where(o => IsOwnOf(o, unit.Id))
                .GroupBy(o => o.ResponsiblePersonId)
                .OrderBy(g => g.Min(o => o.SortOrder));
            foreach (var group in own)
            {
                var list = group.ToList();
                var people = group.Key is { } person
                    ? [person]
                    : unitManagers.Select(m => m.PersonId).Distinct().ToList();
                var crossCuttingWeight = isSecretary && !settings.CrossCuttingAppliesToSecretary ? 0m : crossCutting;
                result.Add(new PositionWeights(
                    unit.Id,
                    group.Key,
                    people,
                    isSecretary,
                    list.Count,
                    list.Sum(o => o.Weight ?? 0m),
                    crossCuttingWeight,
                    ModeOf(list),
                    settings.RequiredWeightTotal));
            }
        }

        return result;
    }

    /// <summary>
    /// The live own objectives of one position (unit and person evaluated; null: the unit's heads together), in card
    /// order: the objectives whose weights <see cref="Compute"/> adds up as the position's own weight.
    /// </summary>
    public static IReadOnlyList<Objective> OwnObjectivesOf(IEnumerable<Objective> objectives, Guid unitId, Guid? responsiblePersonId) =>
        objectives
            .Where(o => o.Status != ObjectiveStatus.Cancelled && IsOwnOf(o, unitId) && o.ResponsiblePersonId == responsiblePersonId)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Number)
            .ToList();

    private static bool IsOwnOf(Objective objective, Guid unitId) =>
        objective.OwnerUnitId == unitId && objective.Kind is ObjectiveKind.Unit && objective.Level != ObjectiveLevel.Strategic;

    public static WeightingMode ModeOf(IReadOnlyCollection<Objective> objectives)
    {
        var weighted = objectives.Count(o => o.Weight is not null);
        return weighted == objectives.Count ? WeightingMode.Explicit
            : weighted == 0 ? WeightingMode.Equal
            : WeightingMode.Mixed;
    }
}
