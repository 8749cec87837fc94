using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasTenant();
        builder.HasIndex(x => x.Username).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Username).HasMaxLength(100);
        builder.Property(x => x.PasswordHash).HasMaxLength(400);
        builder.Property(x => x.SecurityStamp).HasMaxLength(64);
        builder.HasRowVersion();
    }
}
