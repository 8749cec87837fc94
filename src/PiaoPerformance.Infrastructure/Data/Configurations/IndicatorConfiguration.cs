using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal static class IndicatorConfiguration
{
    public static void Configure(OwnedNavigationBuilder<Objective, Indicator> indicator)
    {
        indicator.ToTable("Indicators");
        indicator.WithOwner().HasForeignKey("ObjectiveId");
        indicator.HasKey(x => x.Id);
        indicator.Property(x => x.Id).ValueGeneratedNever();
        indicator.Property(x => x.Order).ValueGeneratedNever();
        indicator.HasIndex(x => x.MunicipalityId);
        indicator.Property(x => x.Name).HasMaxLength(2000);
        indicator.Property(x => x.FormulaText).HasMaxLength(1000);
        indicator.Property(x => x.Target).HasMaxLength(200);
        indicator.Property(x => x.Baseline).HasMaxLength(200);
        indicator.Property(x => x.DataSource).HasMaxLength(500);
        indicator.OwnsMany(x => x.History, history =>
        {
            history.ToTable("IndicatorHistory");
            history.HasShadowTenant();
            history.WithOwner().HasForeignKey("IndicatorId");
            history.HasKey("IndicatorId", nameof(IndicatorHistoryValue.Year));
            history.Property(x => x.Year).ValueGeneratedNever();
            history.Property(x => x.Value).HasMaxLength(200);
        });
        indicator.Navigation(x => x.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
