using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal sealed class ManagerAssignmentConfiguration : IEntityTypeConfiguration<ManagerAssignment>
{
    public void Configure(EntityTypeBuilder<ManagerAssignment> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasTenant();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.PrimitiveCollection(x => x.ScopeServices).HasField("_scopeServices");
        builder.HasRowVersion();
    }
}
