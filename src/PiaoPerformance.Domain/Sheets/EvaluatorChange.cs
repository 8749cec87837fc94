namespace PiaoPerformance.Domain.Sheets;

/// <summary>
/// An evaluator who left during the year and who took their place (SPEC §4.13, S3:1131): the one who leaves
/// evaluates "sino alla data di permanenza", the replacement is the final evaluator from the next day.
/// </summary>
public sealed class EvaluatorChange
{
    private EvaluatorChange()
    {
    }

    internal EvaluatorChange(Guid municipalityId, int number, Guid formerPersonId, Guid replacementPersonId, SheetEvaluatorRole role, DateOnly leftOn, string? note)
    {
        MunicipalityId = municipalityId;
        Number = number;
        FormerPersonId = formerPersonId;
        ReplacementPersonId = replacementPersonId;
        Role = role;
        LeftOn = leftOn;
        Note = note;
    }

    public Guid MunicipalityId { get; private set; }

    public int Number { get; private set; }

    /// <summary>The evaluator who left: their partial evaluation covers the year up to <see cref="LeftOn"/>.</summary>
    public Guid FormerPersonId { get; private set; }

    public Guid ReplacementPersonId { get; private set; }

    /// <summary>The role on the sheet the replacement took over (evaluator or joint evaluator).</summary>
    public SheetEvaluatorRole Role { get; private set; }

    /// <summary>The last day the former evaluator was in post.</summary>
    public DateOnly LeftOn { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The first day the replacement evaluates.</summary>
    public DateOnly ReplacementFrom => LeftOn.AddDays(1);
}
