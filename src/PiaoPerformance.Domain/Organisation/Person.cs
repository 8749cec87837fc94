using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Organisation;

/// <summary>A person of the ente: responsabile, employee, Segretario, NIV member, ...</summary>
public sealed class Person : ITenantOwned
{
    private Person()
    {
    }

    public Person(Guid municipalityId, string? title, string givenName, string familyName)
    {
        Id = Ids.New();
        MunicipalityId = municipalityId;
        Rename(title, givenName, familyName);
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    /// <summary>Courtesy or professional title as the documents print it: "Dott.", "Arch.", "Ing.".</summary>
    public string? Title { get; private set; }

    public string GivenName { get; private set; } = "";

    public string FamilyName { get; private set; } = "";

    public string? Email { get; private set; }

    public string FullName => $"{GivenName} {FamilyName}";

    public string DisplayName => Title is null ? FullName : $"{Title} {FullName}";

    public void Rename(string? title, string givenName, string familyName)
    {
        var given = Guard.Required(givenName, nameof(GivenName), "Nome");
        var family = Guard.Required(familyName, nameof(FamilyName), "Cognome");
        Title = Guard.Optional(title);
        GivenName = given;
        FamilyName = family;
    }

    public void SetEmail(string? email)
    {
        email = Guard.Optional(email);
        if (email is not null && !email.Contains('@', StringComparison.Ordinal))
        {
            throw new DomainException("Indirizzo e-mail non valido.", nameof(Email));
        }

        Email = email;
    }
}
