namespace PiaoPerformance.Domain.Measurement;

/// <summary>An act cited as evidence ("Atti/Provvedimenti adottati", SPEC §2.1): its number, date and what it is.</summary>
public sealed class ActReference
{
    private ActReference()
    {
    }

    internal ActReference(int order, string number, DateOnly date, string? description)
    {
        Order = order;
        Number = number;
        Date = date;
        Description = description;
    }

    public int Order { get; private set; }

    public string Number { get; private set; } = "";

    public DateOnly Date { get; private set; }

    public string? Description { get; private set; }
}

/// <summary>An act as the form sends it.</summary>
public sealed record ActReferenceDraft(string? Number, DateOnly? Date, string? Description = null);
