namespace PiaoPerformance.Domain.Sheets;

/// <summary>
/// The behaviour scores given by an evaluator who left during the year, for the period they evaluated (SPEC §4.13:
/// "il valutatore valuta la performance sino alla data di permanenza"); the final evaluator combines them.
/// </summary>
public sealed class PartialEvaluation
{
    private PartialEvaluation()
    {
    }

    internal PartialEvaluation(Guid municipalityId, int number, Guid evaluatorPersonId, DateOnly from, DateOnly to, IReadOnlyList<int> scores, string? note)
    {
        MunicipalityId = municipalityId;
        Number = number;
        EvaluatorPersonId = evaluatorPersonId;
        From = from;
        To = to;
        Scores = SheetText.Join(scores);
        Note = note;
    }

    public Guid MunicipalityId { get; private set; }

    public int Number { get; private set; }

    public Guid EvaluatorPersonId { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    /// <summary>The scores in catalogue order, comma-separated (stored as written, never recomputed).</summary>
    public string Scores { get; private set; } = "";

    public string? Note { get; private set; }

    public IReadOnlyList<int> ScoreList => SheetText.Ints(Scores);

    public int Days => To.DayNumber - From.DayNumber + 1;
}
