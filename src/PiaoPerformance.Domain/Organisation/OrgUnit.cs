using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Organisation;

/// <summary>Unità organizzativa (Settore, Area, Servizio, ...) with the header block of its plan section (SPEC §1.6).</summary>
public sealed class OrgUnit : ITenantOwned
{
    private OrgUnit()
    {
    }

    public OrgUnit(Guid municipalityId, OrgUnitKind kind, string code, string name, int sortOrder, OrgUnit? parent = null)
    {
        Id = Ids.New();
        MunicipalityId = municipalityId;
        Kind = kind;
        SortOrder = sortOrder;
        Rename(code, name, heading: null);
        MoveUnder(parent);
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid? ParentId { get; private set; }

    public OrgUnitKind Kind { get; private set; }

    /// <summary>Short code as the documents print it: "I", "II", "PL".</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>The block heading as printed, e.g. "SETTORE I – INNOVAZIONI TECNOLOGICHE – SERVIZI SOCIALI".</summary>
    public string? Heading { get; private set; }

    public int SortOrder { get; private set; }

    /// <summary>"Responsabile politico" line (S0:28).</summary>
    public string? PoliticalOwner { get; private set; }

    /// <summary>"Risorse umane" line as printed (S0:30); the staff themselves are <see cref="StaffAssignment"/>s.</summary>
    public string? HumanResourcesNote { get; private set; }

    /// <summary>"Risorse finanziarie" (S0:32).</summary>
    public string? FinancialResourcesNote { get; private set; }

    /// <summary>"Risorse strumentali" (S0:34).</summary>
    public string? AssetsNote { get; private set; }

    public void Rename(string code, string name, string? heading)
    {
        var checkedCode = Guard.Required(code, nameof(Code), "Codice unità");
        var checkedName = Guard.Required(name, nameof(Name), "Denominazione unità");
        Code = checkedCode;
        Name = checkedName;
        Heading = Guard.Optional(heading);
    }

    public void MoveUnder(OrgUnit? parent)
    {
        if (parent is null)
        {
            ParentId = null;
            return;
        }

        if (parent.Id == Id)
        {
            throw new DomainException("Un'unità non può essere collocata sotto sé stessa.", nameof(ParentId));
        }

        if (parent.MunicipalityId != MunicipalityId)
        {
            throw new DomainException("L'unità superiore appartiene a un altro ente.", nameof(ParentId));
        }

        ParentId = parent.Id;
    }

    public void Reorder(int sortOrder) => SortOrder = sortOrder;

    public void DescribeResources(string? politicalOwner, string? humanResources, string? financialResources, string? assets)
    {
        PoliticalOwner = Guard.Optional(politicalOwner);
        HumanResourcesNote = Guard.Optional(humanResources);
        FinancialResourcesNote = Guard.Optional(financialResources);
        AssetsNote = Guard.Optional(assets);
    }
}
