using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Components.Ui;
using PiaoPerformance.Web.Formatting;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Components.Pages.Measurement;

/// <summary>
/// The ente's performance of a year, component A of the sheets: the Giunta operator enters (or corrects) it, the NIV
/// validates it (<see cref="EntePerformanceService"/>). Everyone of the ente reads it.
/// </summary>
public sealed partial class EntePerformancePage
{
    private PlanView? _plan;
    private EntePerformanceView? _view;
    private EnteForm _form = new();
    private EditContext? _context;
    private FluentValidator<EnteForm>? _bridge;
    private bool _loaded;
    private bool _busy;
    private string? _error;
    private string? _saved;

    [Inject] private PlanQueries Plans { get; set; } = default!;
    [Inject] private MeasurementQueries Queries { get; set; } = default!;
    [Inject] private EntePerformanceService Figures { get; set; } = default!;
    [Inject] private CurrentActor Current { get; set; } = default!;

    [Parameter] public Guid PlanId { get; set; }

    [SupplyParameterFromQuery(Name = "anno")] public int? Year { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var actor = await Current.GetAsync();
        _plan = await Plans.GetPlanAsync(actor, PlanId);
        _view = _plan is null ? null : await Queries.GetEntePerformanceAsync(actor, PlanId, Year);
        _error = null;
        _saved = null;
        ResetForm();
        _loaded = true;
    }

    private void ResetForm()
    {
        _form = new EnteForm { Value = FormNumbers.Plain(_view?.Value), Note = _view?.Note };
        _context = new EditContext(_form);
    }

    private Task EnterAsync() => RunAsync(async actor =>
    {
        await Figures.EnterAsync(actor, PlanId, _view!.Year, _form.Value, _form.Note, _view.Version);
        _view = await Queries.GetEntePerformanceAsync(actor, PlanId, _view.Year);
        ResetForm();
        return MeasurementTexts.Saved;
    });

    private Task ValidateAsync() => RunAsync(async actor =>
    {
        await Figures.ValidateAsync(actor, PlanId, _view!.Year, _view.Version);
        _view = await Queries.GetEntePerformanceAsync(actor, PlanId, _view.Year);
        return "Performance dell'ente validata.";
    });

    private async Task RunAsync(Func<Domain.Access.Actor, Task<string>> action)
    {
        if (_busy || _view is null)
        {
            return;
        }

        _busy = true;
        _error = null;
        _saved = null;
        try
        {
            (_saved, _error) = await MeasurementSave.RunAsync(async () => await action(await Current.GetAsync()), _bridge is null ? null : _bridge.ShowError);
        }
        finally
        {
            _busy = false;
        }
    }
}
