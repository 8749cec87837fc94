using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Planning;

/// <summary>
/// A (Missione, Programma) pair of the harmonised budget (D.Lgs. 118/2011) from the ente's lookup; codes are two
/// digits: "0.1" in S4:15 is missione "01" (SPEC §1.4).
/// </summary>
public sealed class BudgetProgramme : ITenantOwned
{
    private BudgetProgramme()
    {
    }

    public BudgetProgramme(Guid municipalityId, string mission, string programme, string? missionName, string? programmeName)
    {
        Id = Ids.New();
        MunicipalityId = municipalityId;
        Mission = NormaliseCode(mission, nameof(Mission), "Missione");
        Programme = NormaliseCode(programme, nameof(Programme), "Programma");
        MissionName = Guard.Optional(missionName);
        ProgrammeName = Guard.Optional(programmeName);
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public string Mission { get; private set; } = "";

    public string Programme { get; private set; } = "";

    public string? MissionName { get; private set; }

    public string? ProgrammeName { get; private set; }

    /// <summary>"0.1", "1", "01" all mean 01.</summary>
    public static string NormaliseCode(string code, string field, string label)
    {
        var digits = new string(Guard.Required(code, field, label).Where(char.IsDigit).ToArray()).TrimStart('0');
        if (digits.Length > 2 || (digits.Length == 0 && !code.Contains('0', StringComparison.Ordinal)))
        {
            throw new DomainException($"{label}: codice non valido ({code}).", field);
        }

        return digits.PadLeft(2, '0');
    }
}
