using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Lifecycle;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal sealed class PlanVersionSnapshotConfiguration : IEntityTypeConfiguration<PlanVersionSnapshot>
{
    public void Configure(EntityTypeBuilder<PlanVersionSnapshot> builder)
    {
        builder.ToTable("PlanVersions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasTenant();
        builder.HasOne<PlanCycle>().WithMany().HasForeignKey(x => x.PlanCycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.PlanCycleId, x.VersionNumber }).IsUnique();
        builder.Property(x => x.DeliberationNumber).HasMaxLength(40);
        builder.Property(x => x.ApprovedBy).HasMaxLength(200);
        builder.Property(x => x.VariationReason).HasMaxLength(2000);
        builder.Property(x => x.VariationActNumber).HasMaxLength(40);
        builder.Property(x => x.PlanJson).HasColumnType("jsonb");
        builder.HasRowVersion();
    }
}
