namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>What an import does to a card: create it, update it, or nothing (the file holds what the card holds).</summary>
public enum ImportAction
{
    Create,
    Update,
    Unchanged,
}

/// <summary>One row of the preview: the file's Rif., the unit, number, title and what the import does.</summary>
public sealed record ImportPreviewRow(string Ref, string? Unit, int Number, string Title, ImportAction Action);

/// <summary>
/// The outcome of an import or of its dry run: counts, the preview rows and every problem found. Nothing was saved
/// unless <see cref="Saved"/>; a result with problems never saves.
/// </summary>
public sealed record ImportResult(
    int Created,
    int Updated,
    int Unchanged,
    IReadOnlyList<ImportProblem> Errors,
    IReadOnlyList<ImportPreviewRow> Rows,
    bool Saved)
{
    public static ImportResult Refused(params ImportProblem[] problems) => new(0, 0, 0, problems, [], false);
}

/// <summary>Where an import is: a stage for people and a percentage for the progress bar.</summary>
public sealed record ImportProgress(string Stage, int Percent);
