using Microsoft.EntityFrameworkCore.Metadata;
using PiaoPerformance.Domain.Access;

namespace PiaoPerformance.Infrastructure.Data;

/// <summary>What the audit trail records and what it never does (issue 5).</summary>
internal static class AuditPolicy
{
    // Secrets: a password hash can be attacked offline, a security stamp would let a cookie be forged.
    private static readonly HashSet<(Type, string)> Secrets =
    [
        (typeof(UserAccount), nameof(UserAccount.PasswordHash)),
        (typeof(UserAccount), nameof(UserAccount.SecurityStamp)),
    ];

    // Bookkeeping of a sign-in, not a change anyone decided: a row per sign-in would bury the real ones.
    private static readonly HashSet<(Type, string)> NotAudited =
    [
        (typeof(UserAccount), nameof(UserAccount.FailedSignIns)),
        (typeof(UserAccount), nameof(UserAccount.LockedUntil)),
        (typeof(UserAccount), nameof(UserAccount.LastSignInAt)),
    ];

    /// <summary>
    /// The domain's entities: the ente's data. Infrastructure's own tables are not: the audit itself, and the data
    /// protection key ring, which would put key material in the audit.
    /// </summary>
    public static bool IsAudited(IEntityType type) => type.ClrType.Assembly == typeof(UserAccount).Assembly;

    public static bool IsSecret(IProperty property) => Secrets.Contains((property.DeclaringType.ClrType, property.Name));

    /// <summary>
    /// Fields a row leaves out: keys (in the row's entity id or the field's path), the ente's id (a column of its own),
    /// the row version, the "last changed" stamp (the row has its time) and sign-in bookkeeping.
    /// </summary>
    public static bool IsLeftOut(IProperty property, IReadOnlyList<IProperty> ownerKey) =>
        property.IsPrimaryKey()
        || ownerKey.Contains(property)
        || property.IsConcurrencyToken
        || property.Name is TenantStamping.Property or "UpdatedAt"
        || NotAudited.Contains((property.DeclaringType.ClrType, property.Name));
}
