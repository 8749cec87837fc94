using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Domain.Access;

/// <summary>A unit the actor heads for a period; a post limited to some services covers only the objectives assigned to them (S0:379-381).</summary>
public sealed record UnitResponsibility(Guid OrgUnitId, ManagerRole Role, DateOnly From, DateOnly? To, bool IsInterim, IReadOnlyList<string> ScopeServices)
{
    public bool IsLimitedToServices => ScopeServices.Count > 0;

    public bool Overlaps(DateOnly from, DateOnly to) => From <= to && (To is null || To >= from);
}
