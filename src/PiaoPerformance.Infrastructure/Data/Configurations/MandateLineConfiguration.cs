using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal sealed class MandateLineConfiguration : IEntityTypeConfiguration<MandateLine>
{
    public void Configure(EntityTypeBuilder<MandateLine> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasTenant();
        builder.HasIndex(x => new { x.MunicipalityId, x.Name }).IsUnique();
        builder.Property(x => x.Code).HasMaxLength(20);
        builder.Property(x => x.Name).HasMaxLength(300);
        builder.HasRowVersion();
    }
}
