namespace PiaoPerformance.Domain.Planning;

/// <summary>A paragraph of the plan document that is not an objective: method notes, payment-times paragraphs.</summary>
public sealed class PlanNote
{
    private PlanNote()
    {
    }

    internal PlanNote(Guid municipalityId, PlanNoteKind kind, int order, string text)
    {
        MunicipalityId = municipalityId;
        Kind = kind;
        Order = order;
        Text = text;
    }

    public Guid MunicipalityId { get; private set; }

    public PlanNoteKind Kind { get; private set; }

    public int Order { get; private set; }

    public string Text { get; private set; } = "";
}
