using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal sealed class ObjectiveMeasurementConfiguration : IEntityTypeConfiguration<ObjectiveMeasurement>
{
    public void Configure(EntityTypeBuilder<ObjectiveMeasurement> builder)
    {
        builder.ToTable("ObjectiveMeasurements");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasTenant();
        builder.HasOne<PlanCycle>().WithMany().HasForeignKey(x => x.PlanCycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Objective>().WithMany().HasForeignKey(x => x.ObjectiveId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.ObjectiveId, x.Year }).IsUnique();
        builder.HasIndex(x => new { x.PlanCycleId, x.Year });
        builder.Property(x => x.RuleValue).HasPrecision(7, 4);
        builder.Property(x => x.OverridePct).HasPrecision(7, 4);
        builder.Property(x => x.AgreedPct).HasPrecision(7, 4);
        builder.Property(x => x.OverrideReason).HasMaxLength(2000);
        builder.Property(x => x.ThirdPartyReason).HasMaxLength(2000);
        builder.Property(x => x.ThirdPartyEvidence).HasMaxLength(500);
        builder.Property(x => x.ExclusionReason).HasMaxLength(2000);
        builder.Ignore(x => x.IsFinal);
        builder.Ignore(x => x.EffectivePct);
        builder.OwnsMany(x => x.Events, e =>
        {
            e.ToTable("ObjectiveMeasurementEvents");
            e.WithOwner().HasForeignKey("MeasurementId");
            e.HasKey("MeasurementId", nameof(Sopravvenienza.Order));
            e.Property(x => x.Order).ValueGeneratedNever();
            e.HasShadowTenant();
            e.Property(x => x.Description).HasMaxLength(2000);
        });
        builder.Navigation(x => x.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(x => x.SignOffs, s =>
        {
            s.ToTable("ObjectiveMeasurementSignOffs");
            s.WithOwner().HasForeignKey("MeasurementId");
            s.HasKey("MeasurementId", nameof(NivSignOff.MemberPersonId));
            s.Property(x => x.MemberPersonId).ValueGeneratedNever();
            s.HasShadowTenant();
            s.Property(x => x.SignedPct).HasPrecision(7, 4);
        });
        builder.Navigation(x => x.SignOffs).HasField("_signOffs").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<DateTimeOffset>(Measurement.MeasurementLoad.UpdatedAt);
        builder.HasRowVersion();
    }
}
