namespace PiaoPerformance.Domain.Planning;

/// <summary>
/// Where an objective sits in a plan, which is what its number is unique within: numbering restarts in each unit
/// (S0:37, S0:447) and, where a unit's heads split its objectives, for each head (Settore VI, S0:401, numbers 1 and 6
/// twice); operational objectives of a cross-cutting strategic objective are numbered under it (S0:7-18). An import
/// matches a row to an existing card by its slot.
/// </summary>
public sealed record ObjectiveSlot(ObjectiveLevel Level, Guid? UnitId, Guid? ResponsiblePersonId, int? ParentNumber, int Number)
{
    /// <summary>The slot of a card; <paramref name="parentNumber"/> is the number of its strategic objective, if any.</summary>
    public static ObjectiveSlot Of(Objective objective, int? parentNumber) =>
        new(objective.Level, objective.OwnerUnitId, objective.ResponsiblePersonId, parentNumber, objective.Number);

    /// <summary>The slots that occur more than once, each once, in first-seen order.</summary>
    public static IReadOnlyList<ObjectiveSlot> Duplicates(IEnumerable<ObjectiveSlot> slots) =>
        slots.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
}
