using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Organisation;

/// <summary>
/// "Responsabile gestionale" of a unit for a period, possibly ad interim and limited to some services
/// (S0:291-295, S0:379-381). Roles are checked per assignment, never per user (SPEC §1.6).
/// </summary>
public sealed class ManagerAssignment : ITenantOwned
{
    private List<string> _scopeServices = [];

    private ManagerAssignment()
    {
    }

    public ManagerAssignment(OrgUnit unit, Person person, ManagerRole role, DateOnly from, DateOnly? to, bool isInterim,
        IEnumerable<string>? scopeServices = null)
    {
        if (unit.MunicipalityId != person.MunicipalityId)
        {
            throw new DomainException("La persona e l'unità appartengono a enti diversi.", nameof(PersonId));
        }

        Id = Ids.New();
        MunicipalityId = unit.MunicipalityId;
        OrgUnitId = unit.Id;
        PersonId = person.Id;
        Role = role;
        IsInterim = isInterim;
        ChangePeriod(from, to);
        LimitToServices(scopeServices ?? []);
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid OrgUnitId { get; private set; }

    public Guid PersonId { get; private set; }

    public ManagerRole Role { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    public bool IsInterim { get; private set; }

    /// <summary>Services in scope when the post is limited ("interim limitatamente ai servizi: ..."); empty = whole unit.</summary>
    public IReadOnlyList<string> ScopeServices => _scopeServices;

    public void ChangePeriod(DateOnly from, DateOnly? to)
    {
        Guard.Period(from, to, nameof(To));
        From = from;
        To = to;
    }

    public void LimitToServices(IEnumerable<string> services) =>
        _scopeServices = services.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();

    public bool IsActiveOn(DateOnly day) => From <= day && (To is null || day <= To);
}
