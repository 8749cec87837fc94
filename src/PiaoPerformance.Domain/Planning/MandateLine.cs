using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Planning;

/// <summary>Linea (programmatica) di mandato, per ente; many-to-many with objectives (SPEC §1.3).</summary>
public sealed class MandateLine : ITenantOwned
{
    private MandateLine()
    {
    }

    public MandateLine(Guid municipalityId, string code, string name, int sortOrder)
    {
        Id = Ids.New();
        MunicipalityId = municipalityId;
        SortOrder = sortOrder;
        Rename(code, name);
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public int SortOrder { get; private set; }

    public void Rename(string code, string name)
    {
        Code = Guard.Required(code, nameof(Code), "Codice linea di mandato");
        Name = Guard.Required(name, nameof(Name), "Denominazione linea di mandato");
    }
}
