namespace PiaoPerformance.Domain.Sheets;

/// <summary>What a person named on a sheet does on it.</summary>
public enum SheetEvaluatorRole
{
    /// <summary>Fills in and notifies the sheet (the final evaluator on 31 December, SPEC §4.13).</summary>
    Valutatore,
    /// <summary>A second dirigente of a joint sheet on a prevalence tie (SPEC §4.12): fills it in with the first.</summary>
    Congiunto,
    /// <summary>The EQ who makes the mandatory, non-binding proposal on an employee's sheet (S3:731): reads it.</summary>
    Proponente,
}
