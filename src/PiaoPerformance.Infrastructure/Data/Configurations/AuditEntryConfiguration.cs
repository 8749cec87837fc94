using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

/// <summary>
/// The audit table: no foreign keys (a row outlives the entity and the account it names), no row version (rows never
/// change), indexes for the page's filters.
/// </summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable(AuditTrail.Table);
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).UseIdentityAlwaysColumn();
        builder.Property(x => x.EntityType).HasMaxLength(100);
        builder.Property(x => x.ActorUsername).HasMaxLength(100);
        builder.Property(x => x.ActorName).HasMaxLength(300);
        builder.Property(x => x.OldValues).HasColumnType("jsonb");
        builder.Property(x => x.NewValues).HasColumnType("jsonb");
        builder.Property(x => x.Reason).HasMaxLength(2000);
        builder.HasIndex(x => new { x.MunicipalityId, x.OccurredAt });
        builder.HasIndex(x => x.EntityId);
        builder.HasIndex(x => x.ActorPersonId);
        builder.HasIndex(x => x.PersonId);
        builder.HasIndex(x => x.CorrelationId);
    }
}
