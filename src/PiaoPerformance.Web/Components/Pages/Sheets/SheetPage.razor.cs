using Microsoft.AspNetCore.Components;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Components.Pages.Sheets;

/// <summary>
/// One evaluation sheet: read through <see cref="EvaluationSheetService"/> (the person evaluated sees only their
/// own, anyone else not allowed is refused), filled in by the evaluator against the version it was read at, and moved
/// through the conciliation steps. Every save shows the view the service returns, so the new state is on screen
/// without a reload; a refused save keeps what was typed.
/// </summary>
public sealed partial class SheetPage
{
    private SheetView? _sheet;
    private SheetScoresForm _form = new();
    private readonly StepInput _step = new();
    private IReadOnlyList<(decimal Original, decimal Effective)>? _weights;
    private SheetScoresEditor? _editor;
    private SheetInputsForm _inputs = new();
    private SheetInputsEditor? _inputsEditor;
    private SheetPayForm _pay = new();
    private SheetPayEditor? _payEditor;
    private PartialEvaluationForm _partial = new();
    private PartialEvaluationsEditor? _partialsEditor;
    private EvaluatorChangeForm _change = new();
    private EvaluatorChangeEditor? _changeEditor;
    private IReadOnlyList<PersonOption> _candidates = [];
    private ConciliationPanel? _conciliation;
    private bool _loaded;
    private bool _busy;
    private bool _conflict;
    private string? _denied;
    private string? _error;
    private string? _done;

    [Parameter] public Guid SheetId { get; set; }

    [Inject] private EvaluationSheetService Sheets { get; set; } = default!;

    [Inject] private AgreedAchievementsTransfer Agreed { get; set; } = default!;

    [Inject] private CurrentActor Current { get; set; } = default!;

    protected override Task OnParametersSetAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        _error = null;
        _done = null;
        try
        {
            Show(await Sheets.GetAsync(await Current.GetAsync(), SheetId));
            await LoadCandidatesAsync();
            _denied = null;
        }
        catch (AccessDeniedException ex)
        {
            _sheet = null;
            _denied = ex.Message;
        }

        _conflict = false;
        _loaded = true;
    }

    private void Show(SheetView? sheet)
    {
        _sheet = sheet;
        _form = sheet is null ? new() : SheetScoresForm.From(sheet);
        _weights = sheet is null ? null : SheetWeights.Of(sheet);
        _inputs = sheet is null ? new() : SheetInputsForm.From(sheet.Inputs);
        _pay = sheet is null ? new() : SheetPayForm.From(sheet.Inputs);
        _partial = sheet is null ? new() : PartialEvaluationForm.For(sheet);
        _change = sheet is null ? new() : EvaluatorChangeForm.For(sheet);
    }

    // Who may take over as evaluator is read only for the Segretario, who alone records a change.
    private async Task LoadCandidatesAsync() =>
        _candidates = _sheet is { Can.ReplaceEvaluator: true } sheet ? await Sheets.ListReplacementCandidatesAsync(await Current.GetAsync(), sheet.Id) : [];

    private Task ReplaceEvaluatorAsync() => RunAsync(SheetOpeningTexts.Changed, async (actor, sheet) =>
        await Sheets.ReplaceEvaluatorAsync(actor, sheet.Id, _change.FormerPersonId!.Value, _change.LeftOn!.Value, _change.ReplacementPersonId!.Value, _change.Note,
            sheet.Version));

    private Task SaveAsync() => RunAsync(SheetsTexts.Saved, async (actor, sheet) =>
        await Sheets.UpdateAsync(actor, sheet.Id, new SheetEdit(_form.Scores, _form.Items.Select(i => i.Note).ToList(), _form.EntePerformance), sheet.Version));

    private Task SaveInputsAsync() => RunAsync(SheetsTexts.Saved, async (actor, sheet) =>
        await Sheets.UpdateAsync(actor, sheet.Id, new SheetEdit(Service: _inputs.Service, Sanctions: _inputs.Sanctions), sheet.Version));

    private Task SavePayAsync() => RunAsync(SheetsTexts.Saved, async (actor, sheet) =>
        await Sheets.UpdateAsync(actor, sheet.Id, new SheetEdit(Pay: _pay.Edit), sheet.Version));

    private Task AddPartialAsync() => RunAsync(SheetsTexts.Saved, async (actor, sheet) =>
        await Sheets.AddPartialEvaluationAsync(actor, sheet.Id, _partial.EvaluatorPersonId!.Value, _partial.From!.Value, _partial.To!.Value,
            _partial.Scores.Select(s => s.Score!.Value).ToList(), _partial.Note, sheet.Version));

    // The final evaluator's own scores are those chosen in component C; the combined ones replace them.
    private Task CombinePartialsAsync()
    {
        if (_form.Scores is not { } finalScores || _partial.FinalFrom is not { } finalFrom)
        {
            _partialsEditor?.Bridge?.ShowError(nameof(PartialEvaluationForm.FinalFrom), _partial.FinalFrom is null
                ? "Indicare l'inizio del periodo del valutatore finale."
                : "Scegliere nella componente C un punteggio per ogni comportamento: sono quelli del valutatore finale.");
            return Task.CompletedTask;
        }

        return RunAsync(SheetsTexts.Saved, async (actor, sheet) =>
            await Sheets.CombinePartialEvaluationsAsync(actor, sheet.Id, finalFrom, finalScores, sheet.Version));
    }

    private Task TakeAgreedAsync() => RunAsync(SheetsTexts.Taken, (actor, sheet) => Agreed.TakeAsync(actor, sheet.Id, sheet.Version));

    private Task StepAsync(string action) => RunAsync(SheetsTexts.StepDone, (actor, sheet) =>
    {
        var (id, v, text) = (sheet.Id, (uint?)sheet.Version, _step.Text);
        return action switch
        {
            "notify" => Sheets.NotifyAsync(actor, id, null, v),
            "observe" => Sheets.ObserveAsync(actor, id, text, null, v),
            "confirm" => Sheets.ConfirmAsync(actor, id, text, null, v),
            "modify" => Sheets.ModifyAsync(actor, id, text, null, v),
            "accept" => Sheets.AcceptAsync(actor, id, null, v),
            "contest" => Sheets.ContestAsync(actor, id, text, null, v),
            "validate" => Sheets.ValidateAsync(actor, id, null, v),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }, stepDone: true);

    /// <summary>One change at a time; the returned view replaces the screen, a refusal leaves the typed values in place.</summary>
    private async Task RunAsync(string done, Func<Actor, SheetView, Task<SheetView>> change, bool stepDone = false)
    {
        if (_busy || _sheet is null)
        {
            return;
        }

        _busy = true;
        _error = null;
        _done = null;
        try
        {
            var view = await change(await Current.GetAsync(), _sheet);
            Show(view);
            await LoadCandidatesAsync();
            if (stepDone)
            {
                _step.Text = null;
            }

            _done = done;
        }
        catch (DomainException ex) when (ShowUnderField(ex))
        {
        }
        catch (Exception ex) when (SheetsTexts.MessageOf(ex) is { } message)
        {
            _error = message;
            _conflict = ex is ConcurrencyConflictException;
        }
        finally
        {
            _busy = false;
        }
    }

    // A rule the domain refused lands under its field when the page has it: component A, a row's note, a step's text.
    private bool ShowUnderField(DomainException ex)
    {
        var field = ex.Field;
        if (field is "observations" or "reason" or "note")
        {
            return _conciliation?.Bridge?.ShowError(nameof(StepInput.Text), ex.Message) == true;
        }

        if (SheetInputsForm.PropertyOf(field) is { } property)
        {
            return _inputsEditor?.Bridge?.ShowError(property, ex.Message) == true;
        }

        if (PartialEvaluationForm.PropertyOf(field) is { } partialProperty)
        {
            return _partialsEditor?.Bridge?.ShowError(partialProperty, ex.Message) == true;
        }

        if (EvaluatorChangeForm.PropertyOf(field) is { } changeProperty)
        {
            return _changeEditor?.Bridge?.ShowError(changeProperty, ex.Message) == true;
        }

        if (SheetPayForm.PropertyOf(field) is { } payProperty)
        {
            return _payEditor?.Bridge?.ShowError(payProperty, ex.Message) == true;
        }

        return field == "entePerformance" && _editor?.Bridge?.ShowError(nameof(SheetScoresForm.EntePerformance), ex.Message) == true;
    }
}
