namespace PiaoPerformance.Domain.Access;

/// <summary>
/// What a signed-in person may act as (SPEC §1.6, §3.1). Responsabile, Segretario and Dipendente come from the
/// person's manager and staff assignments; the others from an <see cref="AccessGrant"/>. One person may hold several.
/// </summary>
public enum AppRole
{
    /// <summary>Sets up the ente: units, people, roles, evaluation parameters.</summary>
    Amministratore,
    /// <summary>Coordinates, approves the plan, exports the PIAO.</summary>
    Segretario,
    /// <summary>Dirigente or EQ heading units (incl. interim), limited to the period and services in scope.</summary>
    Responsabile,
    /// <summary>Member of the Nucleo indipendente di valutazione: measures achievement, evaluates.</summary>
    Niv,
    /// <summary>Evaluates the Segretario (S3:727).</summary>
    Sindaco,
    /// <summary>Enters the ente's overall performance (S3:801).</summary>
    Giunta,
    /// <summary>Sees their own sheet.</summary>
    Dipendente,
}
