namespace PiaoPerformance.Domain.Planning;

/// <summary>A (Missione, Programma) pair an objective belongs to (S3:343, S3:351).</summary>
public sealed class ObjectiveBudgetLink
{
    private ObjectiveBudgetLink()
    {
    }

    internal ObjectiveBudgetLink(Guid municipalityId, Guid budgetProgrammeId, int order)
    {
        MunicipalityId = municipalityId;
        BudgetProgrammeId = budgetProgrammeId;
        Order = order;
    }

    public Guid MunicipalityId { get; private set; }

    public Guid BudgetProgrammeId { get; private set; }

    public int Order { get; private set; }
}
