using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Access;

/// <summary>
/// A role given to a person for a period that no assignment implies: Amministratore, NIV member, Sindaco, Giunta
/// operator (roles per ente and per period, SPEC §1.6 [PROP]).
/// </summary>
public sealed class AccessGrant : ITenantOwned
{
    private AccessGrant()
    {
    }

    public AccessGrant(Guid municipalityId, Guid personId, AppRole role, DateOnly from, DateOnly? to = null)
    {
        if (role is AppRole.Responsabile or AppRole.Segretario or AppRole.Dipendente)
        {
            throw new DomainException(
                "I ruoli di Responsabile, Segretario e Dipendente derivano dagli incarichi e dalle assegnazioni, non da un'abilitazione.", nameof(Role));
        }

        Guard.Period(from, to, nameof(To));
        Id = Ids.New();
        MunicipalityId = municipalityId;
        PersonId = personId;
        Role = role;
        From = from;
        To = to;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid PersonId { get; private set; }

    public AppRole Role { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    public bool IsActiveOn(DateOnly day) => From <= day && (To is null || day <= To);

    public void End(DateOnly to)
    {
        Guard.Period(From, to, nameof(To));
        To = to;
    }
}
