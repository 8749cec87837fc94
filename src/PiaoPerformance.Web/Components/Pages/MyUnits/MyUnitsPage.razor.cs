using Microsoft.AspNetCore.Components;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Lifecycle;
using PiaoPerformance.Infrastructure.Lifecycle;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Components.Pages.MyUnits;

/// <summary>
/// "Le mie unità": reads <see cref="MyUnitsQueries"/> and sends a unit for approval with the lifecycle's own submit;
/// after it the page reads its units again, so the new state shows without a reload.
/// </summary>
public sealed partial class MyUnitsPage
{
    private IReadOnlyList<MyPlanUnits>? _plans;
    private bool _busy;
    private string? _error;
    private string? _done;

    [Inject] private MyUnitsQueries Queries { get; set; } = default!;

    [Inject] private PlanLifecycleService Lifecycle { get; set; } = default!;

    [Inject] private CurrentActor Current { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _plans = await Queries.ListAsync(await Current.GetAsync());

    private async Task SubmitAsync(MyPlanUnits plan, MyUnitView unit)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _error = null;
        _done = null;
        try
        {
            var actor = await Current.GetAsync();
            await Lifecycle.SubmitUnitAsync(actor, plan.PlanId, unit.Unit.Id);
            _done = MyUnitsTexts.Submitted;
            _plans = await Queries.ListAsync(actor);
        }
        catch (Exception ex) when (ex is DomainException or AccessDeniedException or ConcurrencyConflictException or NotFoundException or ApprovalRefusedException)
        {
            _error = ex.Message;
        }
        finally
        {
            _busy = false;
        }
    }
}
