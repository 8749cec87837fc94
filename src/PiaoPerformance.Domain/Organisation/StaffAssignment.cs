using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Organisation;

/// <summary>An employee assigned to a unit for a period, with classification area and part-time (SPEC §1.6).</summary>
public sealed class StaffAssignment : ITenantOwned
{
    private StaffAssignment()
    {
    }

    public StaffAssignment(OrgUnit unit, Person person, string profileTitle, ClassificationArea area, DateOnly from,
        DateOnly? to = null, decimal partTimePct = 100m, PartTimeType partTimeType = PartTimeType.FullTime)
    {
        if (unit.MunicipalityId != person.MunicipalityId)
        {
            throw new DomainException("La persona e l'unità appartengono a enti diversi.", nameof(PersonId));
        }

        Id = Ids.New();
        MunicipalityId = unit.MunicipalityId;
        OrgUnitId = unit.Id;
        PersonId = person.Id;
        ProfileTitle = Guard.Required(profileTitle, nameof(ProfileTitle), "Profilo professionale");
        ClassificationArea = area;
        ChangePeriod(from, to);
        ChangePartTime(partTimePct, partTimeType);
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid OrgUnitId { get; private set; }

    public Guid PersonId { get; private set; }

    public string ProfileTitle { get; private set; } = "";

    public ClassificationArea ClassificationArea { get; private set; }

    public decimal PartTimePct { get; private set; } = 100m;

    public PartTimeType PartTimeType { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    public void ChangePeriod(DateOnly from, DateOnly? to)
    {
        Guard.Period(from, to, nameof(To));
        From = from;
        To = to;
    }

    public void ChangePartTime(decimal pct, PartTimeType type)
    {
        if (pct <= 0m || pct > 100m)
        {
            throw new DomainException("La percentuale di part-time deve essere maggiore di 0 e non superiore a 100.", nameof(PartTimePct));
        }

        PartTimePct = pct;
        PartTimeType = pct == 100m ? PartTimeType.FullTime : type == PartTimeType.FullTime ? PartTimeType.Horizontal : type;
    }

    public bool IsActiveOn(DateOnly day) => From <= day && (To is null || day <= To);
}
