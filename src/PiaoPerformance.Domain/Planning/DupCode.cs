using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Planning;

/// <summary>
/// Codice DUP from the ente's lookup list. Kept as a string, never parsed for meaning (SPEC §1.3 [PROP]).
/// </summary>
public sealed class DupCode : ITenantOwned
{
    private DupCode()
    {
    }

    public DupCode(Guid municipalityId, string code, string? description = null)
    {
        Id = Ids.New();
        MunicipalityId = municipalityId;
        Code = Guard.Required(code, nameof(Code), "Codice DUP");
        Description = Guard.Optional(description);
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public string Code { get; private set; } = "";

    public string? Description { get; private set; }

    public void Describe(string? description) => Description = Guard.Optional(description);
}
