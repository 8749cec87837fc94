using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasTenant();
        builder.Property(x => x.Title).HasMaxLength(40);
        builder.Property(x => x.GivenName).HasMaxLength(100);
        builder.Property(x => x.FamilyName).HasMaxLength(100);
        builder.Property(x => x.Email).HasMaxLength(200);
        builder.Ignore(x => x.FullName);
        builder.Ignore(x => x.DisplayName);
        builder.HasRowVersion();
    }
}
