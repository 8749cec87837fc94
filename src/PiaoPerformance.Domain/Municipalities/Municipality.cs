using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Municipalities;

/// <summary>Ente (comune or unione) that plans and evaluates performance (SPEC §1.2).</summary>
public sealed class Municipality
{
    private Municipality()
    {
    }

    public Municipality(string code, string name, MunicipalityKind kind, string unitLabel)
    {
        Id = Ids.New();
        Code = Guard.Required(code, nameof(Code), "Codice ente").ToLowerInvariant();
        Rename(name);
        Kind = kind;
        SetUnitLabel(unitLabel);
        Settings = new MunicipalitySettings();
    }

    public Guid Id { get; private set; }

    /// <summary>Short unique code (slug), e.g. "cassano-delle-murge".</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public MunicipalityKind Kind { get; private set; }

    public string? Province { get; private set; }

    /// <summary>The Sindaco (or President of the Unione), as shown in the documents.</summary>
    public string? Mayor { get; private set; }

    /// <summary>The Unione the ente belongs to, if any (S4:56).</summary>
    public string? UnionName { get; private set; }

    /// <summary>What the ente calls its first-level units: "Settore", "Area", ... (SPEC §1.6).</summary>
    public string UnitLabel { get; private set; } = "Settore";

    public MunicipalitySettings Settings { get; private set; } = new();

    public void Rename(string name) => Name = Guard.Required(name, nameof(Name), "Denominazione ente");

    public void SetUnitLabel(string unitLabel) => UnitLabel = Guard.Required(unitLabel, nameof(UnitLabel), "Etichetta delle unità");

    public void SetGoverningBodies(string? province, string? mayor, string? unionName)
    {
        Province = Guard.Optional(province);
        Mayor = Guard.Optional(mayor);
        UnionName = Guard.Optional(unionName);
    }

    public void ChangeSettings(MunicipalitySettings settings) => Settings = settings;
}
