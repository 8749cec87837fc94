using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Municipalities;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasIndex(x => x.Code).IsUnique();
        builder.Property(x => x.Code).HasMaxLength(80);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.UnitLabel).HasMaxLength(40);
        builder.Property(x => x.Province).HasMaxLength(40);
        builder.Property(x => x.Mayor).HasMaxLength(200);
        builder.Property(x => x.UnionName).HasMaxLength(200);
        builder.ComplexProperty(x => x.Settings);
        builder.HasRowVersion();
    }
}
