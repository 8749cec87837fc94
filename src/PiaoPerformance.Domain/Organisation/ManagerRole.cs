namespace PiaoPerformance.Domain.Organisation;

/// <summary>The role a manager assignment gives (SPEC §1.6).</summary>
public enum ManagerRole
{
    Segretario,
    Dirigente,
    /// <summary>Incaricato di Elevata Qualificazione (ex P.O.) heading a unit.</summary>
    ResponsabileEQ,
    ResponsabileServizio,
}
