using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal static class ObjectiveMandateLineConfiguration
{
    public static void Configure(OwnedNavigationBuilder<Objective, ObjectiveMandateLine> link)
    {
        link.ToTable("ObjectiveMandateLines");
        link.WithOwner().HasForeignKey("ObjectiveId");
        link.HasKey("ObjectiveId", nameof(ObjectiveMandateLine.MandateLineId));
        link.HasOne<MandateLine>().WithMany().HasForeignKey(x => x.MandateLineId).OnDelete(DeleteBehavior.Restrict);
        link.HasIndex(x => x.MunicipalityId);
    }
}
