using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Rewards;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal sealed class PerformanceFundConfiguration : IEntityTypeConfiguration<PerformanceFund>
{
    public void Configure(EntityTypeBuilder<PerformanceFund> builder)
    {
        builder.ToTable("PerformanceFunds");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasTenant();
        builder.HasOne<PlanCycle>().WithMany().HasForeignKey(x => x.PlanCycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.MunicipalityId, x.Year }).IsUnique();
        builder.Property(x => x.Amount).HasPrecision(18, 2);
        builder.Property(x => x.OrganisationalPerformanceSum).HasPrecision(18, 2);
        builder.Property(x => x.SupplementPct).HasPrecision(7, 4);
        builder.Property(x => x.SupplementQuotaPct).HasPrecision(7, 4);
        builder.OwnsMany(x => x.Headcounts, headcount =>
        {
            headcount.ToTable("PerformanceFundHeadcounts");
            headcount.WithOwner().HasForeignKey("PerformanceFundId");
            headcount.HasKey("PerformanceFundId", nameof(FundHeadcount.OrgUnitId), nameof(FundHeadcount.Area));
            headcount.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
            headcount.HasIndex(x => x.MunicipalityId);
        });
        builder.Navigation(x => x.Headcounts).HasField("_headcounts").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasRowVersion();
    }
}
