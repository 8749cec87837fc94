using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal sealed class ObjectiveReportConfiguration : IEntityTypeConfiguration<ObjectiveReport>
{
    public void Configure(EntityTypeBuilder<ObjectiveReport> builder)
    {
        builder.ToTable("ObjectiveReports");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasTenant();
        builder.HasOne<PlanCycle>().WithMany().HasForeignKey(x => x.PlanCycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Objective>().WithMany().HasForeignKey(x => x.ObjectiveId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.ObjectiveId, x.Year }).IsUnique();
        builder.HasIndex(x => new { x.PlanCycleId, x.Year });
        builder.Property(x => x.RealizedPct).HasPrecision(7, 4);
        builder.Property(x => x.MeasuredValue).HasPrecision(14, 4);
        builder.Property(x => x.ReachedStep).HasMaxLength(1000);
        builder.Property(x => x.ReportText).HasMaxLength(20000);
        builder.Ignore(x => x.IsSubmitted);
        builder.Ignore(x => x.IsReopened);
        builder.OwnsMany(x => x.Progress, entry =>
        {
            entry.ToTable("ObjectiveReportProgress");
            entry.WithOwner().HasForeignKey("ReportId");
            entry.HasKey("ReportId", nameof(ProgressEntry.Order));
            entry.Property(x => x.Order).ValueGeneratedNever();
            entry.HasShadowTenant();
            entry.Property(x => x.Text).HasMaxLength(4000);
            entry.Property(x => x.ProgressPct).HasPrecision(7, 4);
        });
        builder.Navigation(x => x.Progress).HasField("_progress").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(x => x.Acts, act =>
        {
            act.ToTable("ObjectiveReportActs");
            act.WithOwner().HasForeignKey("ReportId");
            act.HasKey("ReportId", nameof(ActReference.Order));
            act.Property(x => x.Order).ValueGeneratedNever();
            act.HasShadowTenant();
            act.Property(x => x.Number).HasMaxLength(40);
            act.Property(x => x.Description).HasMaxLength(500);
        });
        builder.Navigation(x => x.Acts).HasField("_acts").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(x => x.Reopenings, reopening =>
        {
            reopening.ToTable("ObjectiveReportReopenings");
            reopening.WithOwner().HasForeignKey("ReportId");
            reopening.HasKey("ReportId", nameof(ReportReopening.Order));
            reopening.Property(x => x.Order).ValueGeneratedNever();
            reopening.HasShadowTenant();
            reopening.Property(x => x.Reason).HasMaxLength(2000);
            reopening.Ignore(x => x.IsOpen);
        });
        builder.Navigation(x => x.Reopenings).HasField("_reopenings").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<DateTimeOffset>(Measurement.MeasurementLoad.UpdatedAt);
        builder.HasRowVersion();
    }
}
