namespace PiaoPerformance.Infrastructure.Home;

/// <summary>
/// Tells the open home pages of an ente that something of it was saved and committed (issue 10, "live"): the
/// <see cref="HomeChangesInterceptor"/> raises it after the commit of any save of the ente's data, and each home page
/// (a circuit) subscribes for its ente and reads its blocks again, debounced. One per app; nothing crosses enti.
/// </summary>
public sealed class HomeChanges
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, List<Action>> _listeners = [];

    /// <summary>Calls <paramref name="listener"/> after each committed change of the ente until the subscription is disposed.</summary>
    public IDisposable Subscribe(Guid municipalityId, Action listener)
    {
        lock (_gate)
        {
            if (!_listeners.TryGetValue(municipalityId, out var list))
            {
                _listeners[municipalityId] = list = [];
            }

            list.Add(listener);
        }

        return new Subscription(this, municipalityId, listener);
    }

    /// <summary>Notifies the ente's listeners; a listener that throws does not stop the others or the save.</summary>
    public void Raise(Guid municipalityId)
    {
        Action[] listeners;
        lock (_gate)
        {
            listeners = _listeners.TryGetValue(municipalityId, out var list) ? [.. list] : [];
        }

        foreach (var listener in listeners)
        {
            try
            {
                listener();
            }
            catch (Exception)
            {
                // A closed circuit's listener may fail; the save that raised the change must not.
            }
        }
    }

    /// <summary>How many pages listen to the ente (tests).</summary>
    public int ListenersOf(Guid municipalityId)
    {
        lock (_gate)
        {
            return _listeners.TryGetValue(municipalityId, out var list) ? list.Count : 0;
        }
    }

    private void Remove(Guid municipalityId, Action listener)
    {
        lock (_gate)
        {
            if (_listeners.TryGetValue(municipalityId, out var list) && list.Remove(listener) && list.Count == 0)
            {
                _listeners.Remove(municipalityId);
            }
        }
    }

    private sealed class Subscription(HomeChanges owner, Guid municipalityId, Action listener) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(municipalityId, listener);
            }
        }
    }
}
