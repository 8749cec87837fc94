using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PiaoPerformance.Infrastructure.Data;

internal static class ModelBuilderExtensions
{
    /// <summary>
    /// Optimistic concurrency on an aggregate root with PostgreSQL's <c>xmin</c> system column (ADR-006):
    /// the second of two writers of the same row gets a <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    public static void HasRowVersion<T>(this EntityTypeBuilder<T> builder)
        where T : class =>
        builder.Property<uint>("Version").IsRowVersion();

    /// <summary>The ente's id as a shadow column on an owned part that the domain builds without it (TenantStamping).</summary>
    public static void HasShadowTenant<TOwner, TDependent>(this OwnedNavigationBuilder<TOwner, TDependent> builder)
        where TOwner : class
        where TDependent : class
    {
        builder.Property<Guid>(TenantStamping.Property).IsRequired();
        builder.HasIndex(TenantStamping.Property);
    }

    /// <summary>The ente's id, indexed, on every tenant-owned table.</summary>
    public static void HasTenant<T>(this EntityTypeBuilder<T> builder)
        where T : class
    {
        builder.Property<Guid>("MunicipalityId").IsRequired();
        builder.HasIndex("MunicipalityId");
        builder.HasOne<Domain.Municipalities.Municipality>().WithMany().HasForeignKey("MunicipalityId").OnDelete(DeleteBehavior.Restrict);
    }
}
