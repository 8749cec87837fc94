using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Infrastructure.Measurement;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal sealed class EvidenceBlobConfiguration : IEntityTypeConfiguration<EvidenceBlob>
{
    public void Configure(EntityTypeBuilder<EvidenceBlob> builder)
    {
        builder.ToTable("EvidenceContents");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasTenant();
        builder.HasOne<EvidenceFile>().WithOne().HasForeignKey<EvidenceBlob>(x => x.Id).OnDelete(DeleteBehavior.Cascade);
        builder.Property(x => x.Content).HasColumnType("bytea");
    }
}
