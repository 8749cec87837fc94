namespace PiaoPerformance.Domain.Organisation;

/// <summary>The seeds call a unit Settore, Area, CdR, Servizio or Ufficio (SPEC §1.6): one tree, a kind per node.</summary>
public enum OrgUnitKind
{
    Settore,
    SettoreAutonomo,
    Area,
    CentroDiResponsabilita,
    Servizio,
    Ufficio,
    /// <summary>The Segretario comunale's block (S0:542).</summary>
    Segreteria,
}
