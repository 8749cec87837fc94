using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Web.Components.Ui;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Components.Pages.Measurement;

/// <summary>
/// One objective in the NIV workspace: saves the NIV's choices, events, sign-offs and the agreement through
/// <see cref="MeasurementService"/> against the version shown, then asks the workspace to reload (the reweighting
/// changes too). A refused action keeps what was typed; the form is reset only when a new version arrives.
/// </summary>
public sealed partial class MeasureCard
{
    private MeasureForm _form = new();
    private EventForm _event = new();
    private EditContext? _context;
    private EditContext? _eventContext;
    private FluentValidator<MeasureForm>? _bridge;
    private FluentValidator<EventForm>? _eventBridge;
    private uint? _shownVersion;
    private bool _initialised;
    private bool _busy;
    private string? _error;
    private string? _saved;

    [Inject] private MeasurementService Measures { get; set; } = default!;
    [Inject] private CurrentActor Current { get; set; } = default!;

    [Parameter, EditorRequired] public MeasurementView View { get; set; } = default!;

    /// <summary>The objective's code as the reweighting table shows it.</summary>
    [Parameter] public string? Code { get; set; }

    /// <summary>Called after a successful change, for the workspace to reload.</summary>
    [Parameter] public EventCallback OnChanged { get; set; }

    protected override void OnParametersSet()
    {
        if (_initialised && View.Version == _shownVersion)
        {
            return;
        }

        _initialised = true;
        _shownVersion = View.Version;
        _form = MeasureForm.From(View);
        _context = new EditContext(_form);
        _event = new EventForm();
        _eventContext = new EditContext(_event);
    }

    private Task SaveAsync() => RunAsync(_bridge, actor => Measures.SaveAsync(actor, View.ObjectiveId, View.Year, _form.ToInput(), View.Version), MeasurementTexts.Saved);

    private Task AddEventAsync() =>
        RunAsync(_eventBridge, actor => Measures.AddEventAsync(actor, View.ObjectiveId, View.Year, _event.Date, _event.Description, View.Version), "Sopravvenienza registrata.");

    private Task SignOffAsync() =>
        RunAsync<MeasureForm>(null, actor => Measures.SignOffAsync(actor, View.ObjectiveId, View.Year, View.Version), "Sottoscrizione registrata.");

    private Task AgreeAsync() =>
        RunAsync<MeasureForm>(null, actor => Measures.AgreeAsync(actor, View.ObjectiveId, View.Year, View.Version), "Valore concordato: la misurazione è definitiva.");

    private async Task RunAsync<TForm>(FluentValidator<TForm>? bridge, Func<Domain.Access.Actor, Task<uint>> action, string done)
        where TForm : class
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _error = null;
        _saved = null;
        try
        {
            (_saved, _error) = await MeasurementSave.RunAsync(async () =>
            {
                await action(await Current.GetAsync());
                await OnChanged.InvokeAsync();
                return done;
            }, bridge is null ? null : bridge.ShowError);
        }
        finally
        {
            _busy = false;
        }
    }
}
