using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal sealed class DupCodeConfiguration : IEntityTypeConfiguration<DupCode>
{
    public void Configure(EntityTypeBuilder<DupCode> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasTenant();
        builder.HasIndex(x => new { x.MunicipalityId, x.Code }).IsUnique();
        builder.Property(x => x.Code).HasMaxLength(40);
        builder.Property(x => x.Description).HasMaxLength(300);
        builder.HasRowVersion();
    }
}
