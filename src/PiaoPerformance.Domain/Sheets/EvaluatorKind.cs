namespace PiaoPerformance.Domain.Sheets;

/// <summary>Who fills in a sheet (SPEC §3.1): the Sindaco, the NIV as a body, or named people (a dirigente or responsabile).</summary>
public enum EvaluatorKind
{
    /// <summary>The Segretario's sheet (S3:727).</summary>
    Sindaco,
    /// <summary>Dirigenti, and EQ of units held ad interim by the Segretario (S3:729).</summary>
    Niv,
    /// <summary>EQ and employees: the dirigente (responsabile) of the unit, named on the sheet (S3:730-731).</summary>
    Dirigente,
}
