namespace PiaoPerformance.Domain.Planning;

/// <summary>Whose objective it is (SPEC §1.1, §1.5, §1.11).</summary>
public enum ObjectiveKind
{
    /// <summary>An objective of one unit and its responsabile.</summary>
    Unit,
    /// <summary>Obiettivo di performance organizzativa of the whole ente (S4:5).</summary>
    OrganisationalPerformance,
    /// <summary>Obiettivo trasversale: applies to every settore (S0:7).</summary>
    CrossCutting,
    /// <summary>Shared across CdR with % contributions (S4:31-43).</summary>
    Shared,
}
