using Microsoft.AspNetCore.Components;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Infrastructure.Home;

namespace PiaoPerformance.Web.Components.Pages.Home;

/// <summary>
/// Reads the actor's <see cref="HomeView"/> and listens to <see cref="HomeChanges"/> for the ente: a burst of saves
/// by others is read once, <see cref="Debounce"/> after the last, and shown without a reload. Rendered by the page
/// and, with the actor given, by the benchmark (bench/PiaoPerformance.HomeBench).
/// </summary>
public sealed partial class HomeBoard : IDisposable
{
    /// <summary>How long after a change the page waits for more before reading again.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(400);

    private HomeView? _view;
    private IDisposable? _subscription;
    private CancellationTokenSource? _pending;
    private int _refreshes;

    [Parameter, EditorRequired] public Actor Actor { get; set; } = default!;

    [Inject] private HomeQueries Queries { get; set; } = default!;

    [Inject] private HomeChanges Changes { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _subscription = Changes.Subscribe(Actor.MunicipalityId, OnChanged);
        _view = await Queries.LoadAsync(Actor);
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        Interlocked.Exchange(ref _pending, null)?.Cancel();
    }

    private void OnChanged()
    {
        var next = new CancellationTokenSource();
        Interlocked.Exchange(ref _pending, next)?.Cancel();
        _ = RefreshAsync(next.Token);
    }

    private async Task RefreshAsync(CancellationToken ct)
    {
        try
        {
            await Task.Delay(Debounce, ct);
            var view = await Queries.LoadAsync(Actor, ct);
            await InvokeAsync(() =>
            {
                _view = view;
                _refreshes++;
                StateHasChanged();
            });
        }
        catch (OperationCanceledException)
        {
            // A newer change restarted the wait, or the page was closed.
        }
        catch (ObjectDisposedException)
        {
            // The circuit ended while reading.
        }
    }
}
