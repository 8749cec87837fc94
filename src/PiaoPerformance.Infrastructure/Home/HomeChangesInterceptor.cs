using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.DataProtection;

namespace PiaoPerformance.Infrastructure.Home;

/// <summary>
/// Raises <see cref="HomeChanges"/> for the enti whose data a save changed, once it is committed: at the end of the
/// save, or at the commit of the transaction it ran in (a rolled-back change raises nothing). Every service's save
/// passes here, so none has to remember to notify. Sign-ins (an account's counters), the audit trail alone and the
/// data-protection keys are not changes a home page shows.
/// </summary>
internal sealed class HomeChangesInterceptor(HomeChanges changes) : AfterCommitInterceptor<HashSet<Guid>>
{
    protected override HashSet<Guid>? Note(DbContext context, HashSet<Guid>? pending)
    {
        if (!context.ChangeTracker.Entries().Any(Shown))
        {
            return pending;
        }

        // Owned parts carry no ente of their own: their owner is tracked with them, and a context serves one ente.
        pending ??= [];
        pending.UnionWith(context.ChangeTracker.Entries().Select(e => e.Entity).OfType<ITenantOwned>().Select(e => e.MunicipalityId));
        return pending;
    }

    protected override void Committed(HashSet<Guid> note)
    {
        foreach (var ente in note)
        {
            changes.Raise(ente);
        }
    }

    private static bool Shown(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity is not (UserAccount or AuditEntry or DataProtectionKey);
}
