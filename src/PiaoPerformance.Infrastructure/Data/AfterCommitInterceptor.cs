using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PiaoPerformance.Infrastructure.Data;

/// <summary>
/// A save interceptor that notes what a save changed and acts on the note once it is committed: at the end of the save,
/// or at the commit of the transaction the save ran in (before it, other requests must still see the committed state).
/// A rolled-back transaction, or a failed save outside one, forgets the note. Several saves in one transaction merge
/// their notes.
/// </summary>
/// <typeparam name="TNote">What is remembered of a context's changes until its commit.</typeparam>
internal abstract class AfterCommitInterceptor<TNote> : ISaveChangesInterceptor, IDbTransactionInterceptor
    where TNote : class
{
    private readonly ConditionalWeakTable<DbContext, TNote> _pending = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            _pending.Remove(context);
        }
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Commit(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Commit(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// What the changes <paramref name="context"/> is about to save add to <paramref name="pending"/> (null: nothing
    /// noted yet in this transaction); null when there is still nothing to act on.
    /// </summary>
    protected abstract TNote? Note(DbContext context, TNote? pending);

    /// <summary>Acts on a note whose changes are committed.</summary>
    protected abstract void Committed(TNote note);

    private void Saving(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        _pending.TryGetValue(context, out var pending);
        if (Note(context, pending) is { } note)
        {
            _pending.AddOrUpdate(context, note);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Commit(context);
        }
    }

    private void Commit(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var note))
        {
            _pending.Remove(context);
            Committed(note);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
