using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Access;

/// <summary>
/// Empties the <see cref="AccessCache"/> once a save that touched what a session check or an actor is made of is
/// committed: at the end of the save, or at the commit of the transaction the save ran in (before it, other requests
/// must still see the old state, which is the committed one).
/// </summary>
internal sealed class AccessCacheInvalidation(AccessCache cache) : AfterCommitInterceptor<object>
{
    private static readonly object Pending = new();

    protected override object? Note(DbContext context, object? pending) =>
        pending ?? (context.ChangeTracker.Entries().Any(Matters) ? Pending : null);

    protected override void Committed(object note) => cache.Clear();

    /// <summary>
    /// A change the cache depends on: accounts (stamp, disabled), people (the actor's name), grants and assignments
    /// (roles, units), and a plan cycle added, removed or given other years (the period assignments count in).
    /// </summary>
    private static bool Matters(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity switch
        {
            UserAccount or Person or AccessGrant or ManagerAssignment or StaffAssignment => true,
            PlanCycle => entry.State != EntityState.Modified
                         || entry.Property(nameof(PlanCycle.StartYear)).IsModified || entry.Property(nameof(PlanCycle.EndYear)).IsModified,
            _ => false,
        };
}
