using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Infrastructure.DataProtection;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

/// <summary>The key ring of the installation: not tenant-owned, never edited, only added to by the framework.</summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).UseIdentityAlwaysColumn();
        builder.Property(x => x.FriendlyName).HasMaxLength(200);
        builder.Property(x => x.Xml).IsRequired();
    }
}
