using PiaoPerformance.Domain.Access;

namespace PiaoPerformance.Web.Security;

/// <summary>Italian names of the roles, as the UI shows them.</summary>
public static class RoleLabels
{
    public static string Of(AppRole role) => role switch
    {
        AppRole.Amministratore => "Amministratore",
        AppRole.Segretario => "Segretario",
        AppRole.Responsabile => "Responsabile",
        AppRole.Niv => "NIV",
        AppRole.Sindaco => "Sindaco",
        AppRole.Giunta => "Giunta",
        AppRole.Dipendente => "Dipendente",
        _ => role.ToString(),
    };
}
