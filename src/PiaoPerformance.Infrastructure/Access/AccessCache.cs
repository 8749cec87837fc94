using System.Collections.Concurrent;

namespace PiaoPerformance.Infrastructure.Access;

/// <summary>
/// What every signed-in request asks the database about its account (is the cookie's security stamp still the
/// account's? who is the actor?), kept in memory per account for at most <see cref="Lifetime"/> (ADR-019). A save
/// through the app that changes an account, a person, a grant, an assignment or a plan cycle's years empties it as
/// soon as it is committed (<see cref="AccessCacheInvalidation"/>), so a password change, a disabled account or a new
/// role counts from the next request; a change made behind the app's back (SQL by hand) within <see cref="Lifetime"/>.
/// </summary>
public sealed class AccessCache(TimeProvider clock)
{
    /// <summary>How long an entry serves without a look at the database.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    internal enum Kind
    {
        /// <summary>The account's current security stamp, null when it is missing or disabled.</summary>
        Stamp,
        /// <summary>The account's <see cref="Domain.Access.Actor"/>, null when it is missing or disabled.</summary>
        Actor,
    }

    private readonly ConcurrentDictionary<(Kind, Guid), Entry> _entries = new();
    private long _generation;

    /// <summary>
    /// The cached value, or <paramref name="load"/>'s. A value loaded while a change was being committed is returned
    /// but not kept: it may be what was there before the change.
    /// </summary>
    internal async Task<T> GetOrLoadAsync<T>(Kind kind, Guid accountId, Func<CancellationToken, Task<T>> load, CancellationToken ct)
    {
        var generation = Volatile.Read(ref _generation);
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue((kind, accountId), out var entry) && entry.Generation == generation && entry.Expires > now)
        {
            return (T)entry.Value!;
        }

        var value = await load(ct);
        if (Volatile.Read(ref _generation) == generation)
        {
            _entries[(kind, accountId)] = new Entry(value, generation, now + Lifetime);
        }

        return value;
    }

    /// <summary>
    /// Forgets every entry: called once a change to accounts, people, grants, assignments or plan cycles is committed.
    /// An entry stored by a load that started before is ignored too (it carries the old generation).
    /// </summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    private sealed record Entry(object? Value, long Generation, DateTimeOffset Expires);
}
