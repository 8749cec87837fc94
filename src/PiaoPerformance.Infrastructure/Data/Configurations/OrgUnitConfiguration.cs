using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasTenant();
        builder.HasIndex(x => new { x.MunicipalityId, x.Code }).IsUnique();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Code).HasMaxLength(20);
        builder.Property(x => x.Name).HasMaxLength(300);
        builder.Property(x => x.Heading).HasMaxLength(400);
        builder.HasRowVersion();
    }
}
