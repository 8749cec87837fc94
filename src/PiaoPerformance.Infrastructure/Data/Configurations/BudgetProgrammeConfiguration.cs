using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal sealed class BudgetProgrammeConfiguration : IEntityTypeConfiguration<BudgetProgramme>
{
    public void Configure(EntityTypeBuilder<BudgetProgramme> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasTenant();
        builder.HasIndex(x => new { x.MunicipalityId, x.Mission, x.Programme }).IsUnique();
        builder.Property(x => x.Mission).HasMaxLength(2);
        builder.Property(x => x.Programme).HasMaxLength(2);
        builder.Property(x => x.MissionName).HasMaxLength(200);
        builder.Property(x => x.ProgrammeName).HasMaxLength(200);
        builder.HasRowVersion();
    }
}
