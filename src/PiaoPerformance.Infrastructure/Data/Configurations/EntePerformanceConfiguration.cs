using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal sealed class EntePerformanceConfiguration : IEntityTypeConfiguration<EntePerformance>
{
    public void Configure(EntityTypeBuilder<EntePerformance> builder)
    {
        builder.ToTable("EntePerformances");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasTenant();
        builder.HasOne<PlanCycle>().WithMany().HasForeignKey(x => x.PlanCycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.PlanCycleId, x.Year }).IsUnique();
        builder.Property(x => x.Value).HasPrecision(7, 4);
        builder.Property(x => x.Note).HasMaxLength(2000);
        builder.Ignore(x => x.IsValidated);
        builder.Property<DateTimeOffset>(Measurement.MeasurementLoad.UpdatedAt);
        builder.HasRowVersion();
    }
}
