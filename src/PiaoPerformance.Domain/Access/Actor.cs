using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Domain.Access;

/// <summary>
/// Who is acting: a signed-in person of one ente with the roles their assignments and grants give for the period
/// in question. Roles are worked out per assignment, never stored on the account (SPEC §1.6).
/// </summary>
public sealed class Actor
{
    private readonly HashSet<AppRole> _roles;

    private Actor(Guid accountId, Guid personId, Guid municipalityId, string username, string displayName,
        HashSet<AppRole> roles, IReadOnlyList<UnitResponsibility> units)
    {
        AccountId = accountId;
        PersonId = personId;
        MunicipalityId = municipalityId;
        Username = username;
        DisplayName = displayName;
        _roles = roles;
        Units = units;
    }

    public Guid AccountId { get; }

    public Guid PersonId { get; }

    public Guid MunicipalityId { get; }

    public string Username { get; }

    public string DisplayName { get; }

    public IReadOnlyCollection<AppRole> Roles => _roles;

    /// <summary>The units the actor heads (as responsabile) in the period.</summary>
    public IReadOnlyList<UnitResponsibility> Units { get; }

    public bool Has(AppRole role) => _roles.Contains(role);

    /// <summary>
    /// Builds the actor. Grants count when active on <paramref name="today"/>; manager and staff assignments when they
    /// overlap the period [<paramref name="periodFrom"/>, <paramref name="periodTo"/>] (the plan's cycle), so the head
    /// of a unit for part of the cycle acts for it in that cycle.
    /// </summary>
    public static Actor Create(UserAccount account, Person person, IEnumerable<AccessGrant> grants,
        IEnumerable<ManagerAssignment> managers, IEnumerable<StaffAssignment> staff, DateOnly today, DateOnly periodFrom, DateOnly periodTo)
    {
        var roles = grants.Where(g => g.PersonId == person.Id && g.IsActiveOn(today)).Select(g => g.Role).ToHashSet();
        var mine = managers.Where(m => m.PersonId == person.Id && m.From <= periodTo && (m.To is null || m.To >= periodFrom)).ToList();
        if (mine.Any(m => m.Role == ManagerRole.Segretario))
        {
            roles.Add(AppRole.Segretario);
        }

        var units = mine.Where(m => m.Role != ManagerRole.Segretario)
            .Select(m => new UnitResponsibility(m.OrgUnitId, m.Role, m.From, m.To, m.IsInterim, m.ScopeServices))
            .ToList();
        if (units.Count > 0)
        {
            roles.Add(AppRole.Responsabile);
        }

        if (staff.Any(s => s.PersonId == person.Id && s.From <= periodTo && (s.To is null || s.To >= periodFrom)))
        {
            roles.Add(AppRole.Dipendente);
        }

        return new Actor(account.Id, person.Id, account.MunicipalityId, account.Username, person.DisplayName, roles, units);
    }
}
