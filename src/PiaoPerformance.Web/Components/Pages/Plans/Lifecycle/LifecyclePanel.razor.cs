using Microsoft.AspNetCore.Components;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Infrastructure.Lifecycle;
using PiaoPerformance.Web.Components.Ui;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Components.Pages.Plans.Lifecycle;

public sealed partial class LifecyclePanel
{
    private PlanLifecycleView? _view;
    private IReadOnlyList<PlanVersionSummary> _versions = [];
    private Actor? _actor;
    private Guid _loadedPlan;
    private bool _busy;
    private string? _notice;
    private NoticeKind _noticeKind;

    [Inject] private PlanLifecycleService Lifecycle { get; set; } = default!;

    [Inject] private CurrentActor Current { get; set; } = default!;

    [Parameter, EditorRequired] public Guid PlanId { get; set; }

    /// <summary>Raised after each change, so the page around it shows the new state without a reload.</summary>
    [Parameter] public EventCallback Changed { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedPlan == PlanId)
        {
            return;
        }

        _actor = await Current.GetAsync();
        _view = await Lifecycle.GetAsync(_actor, PlanId);
        _versions = await Lifecycle.ListVersionsAsync(_actor, PlanId) ?? [];
        _loadedPlan = PlanId;
    }

    /// <summary>
    /// Reads the plan's lifecycle again after a change made outside the panel (e.g. "Pesi uguali"), so the approval
    /// problems it lists are the current ones.
    /// </summary>
    public async Task RefreshAsync()
    {
        _actor ??= await Current.GetAsync();
        _view = await Lifecycle.GetAsync(_actor, PlanId);
        StateHasChanged();
    }

    private Task SubmitUnitAsync(UnitSubmissionView unit) =>
        RunAsync(() => Lifecycle.SubmitUnitAsync(_actor!, PlanId, unit.UnitId), LifecycleTexts.Submitted(unit.Name));

    private Task AdvanceAsync() =>
        RunAsync(() => Lifecycle.AdvanceAsync(_actor!, PlanId), view => LifecycleTexts.Advanced(view.State));

    // The forms below catch their own refusals (keeping what was typed); only a success reaches ShowAsync.
    private async Task ReturnUnitAsync(UnitSubmissionView unit, ReturnInput input) =>
        await ShowAsync(await Lifecycle.ReturnUnitAsync(_actor!, PlanId, unit.UnitId, input.Reason ?? ""), LifecycleTexts.Returned(unit.Name));

    private async Task ApproveAsync(ApproveInput input)
    {
        var view = await Lifecycle.ApproveAsync(_actor!, PlanId, input.DeliberationNumber ?? "", input.DeliberationDate ?? default);
        await ShowAsync(view, LifecycleTexts.Approved(view.VersionNumber));
    }

    private async Task StartVariationAsync(VariationInput input)
    {
        var view = await Lifecycle.StartVariationAsync(_actor!, PlanId, input.Reason ?? "", input.ActNumber ?? "", input.ActDate ?? default);
        await ShowAsync(view, LifecycleTexts.VariationStarted(view.VersionNumber));
    }

    private Task RunAsync(Func<Task<PlanLifecycleView>> action, string success) => RunAsync(action, _ => success);

    /// <summary>A button's action: one at a time; a refusal is shown in the panel's notice.</summary>
    private async Task RunAsync(Func<Task<PlanLifecycleView>> action, Func<PlanLifecycleView, string> success)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _notice = null;
        try
        {
            var view = await action();
            await ShowAsync(view, success(view));
        }
        catch (Exception ex) when (LifecycleTexts.MessageOf(ex) is { } message)
        {
            _notice = message;
            _noticeKind = NoticeKind.Error;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ShowAsync(PlanLifecycleView view, string message)
    {
        _view = view;
        _versions = await Lifecycle.ListVersionsAsync(_actor!, PlanId) ?? [];
        _notice = message;
        _noticeKind = NoticeKind.Success;
        // A form's save runs as the form's event: the panel renders itself again here.
        StateHasChanged();
        await Changed.InvokeAsync();
    }
}
