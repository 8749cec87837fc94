namespace PiaoPerformance.Domain.Sheets;

/// <summary>A person named on a sheet as evaluator, joint evaluator or proposer.</summary>
public sealed class SheetEvaluator
{
    private SheetEvaluator()
    {
    }

    internal SheetEvaluator(Guid municipalityId, Guid personId, SheetEvaluatorRole role, Guid? orgUnitId)
    {
        MunicipalityId = municipalityId;
        PersonId = personId;
        Role = role;
        OrgUnitId = orgUnitId;
    }

    public Guid MunicipalityId { get; private set; }

    public Guid PersonId { get; private set; }

    public SheetEvaluatorRole Role { get; private set; }

    /// <summary>The unit the person evaluates for (a joint sheet names one unit per evaluator).</summary>
    public Guid? OrgUnitId { get; private set; }
}
