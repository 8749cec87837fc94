using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal static class ObjectiveStaffConfiguration
{
    public static void Configure(OwnedNavigationBuilder<Objective, ObjectiveStaff> staff)
    {
        staff.ToTable("ObjectiveStaff");
        staff.WithOwner().HasForeignKey("ObjectiveId");
        staff.HasKey("ObjectiveId", nameof(ObjectiveStaff.PersonId));
        staff.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        staff.HasIndex(x => x.MunicipalityId);
    }
}
