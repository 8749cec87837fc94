using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Domain.Rewards;

/// <summary>How many staff of one classification area a unit had on 1 January (SPEC §4.7, S3:1094).</summary>
public sealed class FundHeadcount
{
    private FundHeadcount()
    {
    }

    internal FundHeadcount(Guid municipalityId, Guid orgUnitId, ClassificationArea area, int count)
    {
        MunicipalityId = municipalityId;
        OrgUnitId = orgUnitId;
        Area = area;
        Count = count;
    }

    public Guid MunicipalityId { get; private set; }

    public Guid OrgUnitId { get; private set; }

    public ClassificationArea Area { get; private set; }

    public int Count { get; private set; }
}
