using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal static class ObjectiveContributionConfiguration
{
    public static void Configure(OwnedNavigationBuilder<Objective, ObjectiveContribution> contribution)
    {
        contribution.ToTable("ObjectiveContributions");
        contribution.WithOwner().HasForeignKey("ObjectiveId");
        contribution.HasKey("ObjectiveId", nameof(ObjectiveContribution.OrgUnitId));
        contribution.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        contribution.HasIndex(x => x.MunicipalityId);
        contribution.Property(x => x.ContributionPct).HasPrecision(7, 4);
    }
}
