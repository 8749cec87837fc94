using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal static class ObjectiveBudgetLinkConfiguration
{
    public static void Configure(OwnedNavigationBuilder<Objective, ObjectiveBudgetLink> link)
    {
        link.ToTable("ObjectiveBudgetLinks");
        link.WithOwner().HasForeignKey("ObjectiveId");
        link.HasKey("ObjectiveId", nameof(ObjectiveBudgetLink.BudgetProgrammeId));
        link.HasOne<BudgetProgramme>().WithMany().HasForeignKey(x => x.BudgetProgrammeId).OnDelete(DeleteBehavior.Restrict);
        link.HasIndex(x => x.MunicipalityId);
    }
}
