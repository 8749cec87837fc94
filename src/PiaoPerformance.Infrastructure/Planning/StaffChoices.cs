using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Planning;

/// <summary>
/// Who may be named as "Personale coinvolto" on a card: people assigned to the card's unit (to any unit, for a card
/// of no unit) at some time in the plan's years, and whoever the card already names. The editor lists them and the
/// service refuses anyone else.
/// </summary>
internal static class StaffChoices
{
    public static IReadOnlySet<Guid> For(IEnumerable<StaffAssignment> assignments, Objective card, PlanCycle plan)
    {
        var first = new DateOnly(plan.StartYear, 1, 1);
        var last = new DateOnly(plan.EndYear, 12, 31);
        return assignments
            .Where(a => a.MunicipalityId == card.MunicipalityId && (card.OwnerUnitId is null || a.OrgUnitId == card.OwnerUnitId))
            .Where(a => a.From <= last && (a.To is null || a.To >= first))
            .Select(a => a.PersonId)
            .Concat(card.Staff.Select(s => s.PersonId))
            .ToHashSet();
    }
}
