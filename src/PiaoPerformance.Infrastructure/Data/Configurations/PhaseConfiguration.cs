using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal static class PhaseConfiguration
{
    public static void Configure(OwnedNavigationBuilder<Objective, Phase> phase)
    {
        phase.ToTable("Phases");
        phase.WithOwner().HasForeignKey("ObjectiveId");
        phase.HasKey("ObjectiveId", nameof(Phase.Order));
        phase.Property(x => x.Order).ValueGeneratedNever();
        phase.HasIndex(x => x.MunicipalityId);
        phase.Property(x => x.Title).HasMaxLength(1000);
    }
}
