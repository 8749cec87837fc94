namespace PiaoPerformance.Domain.Planning;

/// <summary>"Personale coinvolto": an employee involved in the objective (S2:220-230).</summary>
public sealed class ObjectiveStaff
{
    private ObjectiveStaff()
    {
    }

    internal ObjectiveStaff(Guid municipalityId, Guid personId)
    {
        MunicipalityId = municipalityId;
        PersonId = personId;
    }

    public Guid MunicipalityId { get; private set; }

    public Guid PersonId { get; private set; }
}
