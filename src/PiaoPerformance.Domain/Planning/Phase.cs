namespace PiaoPerformance.Domain.Planning;

/// <summary>A step of an objective ("Fasi", S2:123), in order, with an optional due date.</summary>
public sealed class Phase
{
    private Phase()
    {
    }

    internal Phase(Guid municipalityId, int order, string title, DateOnly? dueDate, bool completed)
    {
        MunicipalityId = municipalityId;
        Order = order;
        Title = title;
        DueDate = dueDate;
        Completed = completed;
    }

    public Guid MunicipalityId { get; private set; }

    public int Order { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly? DueDate { get; private set; }

    public bool Completed { get; private set; }
}
