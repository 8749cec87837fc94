using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal static class YearTargetConfiguration
{
    public static void Configure(OwnedNavigationBuilder<Objective, YearTarget> target)
    {
        target.ToTable("YearTargets");
        target.WithOwner().HasForeignKey("ObjectiveId");
        target.HasKey("ObjectiveId", nameof(YearTarget.Year));
        target.Property(x => x.Year).ValueGeneratedNever();
        target.HasIndex(x => x.MunicipalityId);
        target.Property(x => x.ExpectedPct).HasPrecision(7, 4);
        target.Property(x => x.ActualPct).HasPrecision(7, 4);
    }
}
