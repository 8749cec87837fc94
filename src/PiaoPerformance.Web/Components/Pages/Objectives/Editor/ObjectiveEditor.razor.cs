using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Components.Ui;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Components.Pages.Objectives.Editor;

/// <summary>
/// The objective card editor: one form for the whole card, validated with FluentValidation, saved in one call of
/// <see cref="ObjectiveEditService"/> against the version it was loaded with. A refused save keeps what was typed.
/// </summary>
public sealed partial class ObjectiveEditor : IDisposable
{
    private ObjectiveEditorData? _data;
    private ObjectiveForm _form = new();
    private EditContext? _context;
    private FluentValidator<ObjectiveForm>? _bridge;
    private WeightTotalView? _total;
    private bool _loaded;
    private bool _saving;
    private bool _dirty;
    private UnsavedChanges? _guard;
    private string? _error;
    private string? _saved;
    private Guid? _justCreated;

    [Inject] private ObjectiveEditorQueries Editors { get; set; } = default!;
    [Inject] private ObjectiveEditService Edits { get; set; } = default!;
    [Inject] private CurrentActor Current { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter] public Guid? ObjectiveId { get; set; }
    [Parameter] public Guid? PlanId { get; set; }
    [Parameter] public Guid? UnitId { get; set; }

    // The name under which the page's UnsavedChanges knows this form: a link or the tab's closing asks while it is dirty.
    private const string GuardName = "scheda";

    private string Heading => _data?.ObjectiveId is null ? EditorTexts.NewHeading : EditorTexts.EditHeading;

    protected override async Task OnParametersSetAsync()
    {
        if (_justCreated is { } created && created == ObjectiveId)
        {
            // Arrived here from our own creation: the state is already loaded, keep "Salvato".
            _justCreated = null;
            return;
        }

        await LoadAsync();
        _saved = null;
        _error = null;
    }

    private async Task LoadAsync()
    {
        var actor = await Current.GetAsync();
        _data = ObjectiveId is { } id
            ? await Editors.ForCardAsync(actor, id)
            : PlanId is { } plan && UnitId is { } unit ? await Editors.ForNewAsync(actor, plan, unit) : null;
        _loaded = true;
        if (_data is null)
        {
            return;
        }

        _form = ObjectiveForm.From(_data.Card, _data.Years, _data.DupCodeId, _data.ObjectiveId is null);
        _form.ShowsSharedParts = _data.ShowsSharedParts;
        Detach();
        _context = new EditContext(_form);
        _context.OnFieldChanged += FieldChanged;
        _dirty = false;
        _guard?.Clear(GuardName);
        _total = _data.Weights.With(_form.Weight);
    }

    private void FieldChanged(object? sender, FieldChangedEventArgs e) => MarkChanged();

    private void MarkChanged()
    {
        _dirty = true;
        _guard?.Mark(GuardName);
        _saved = null;
        _total = _data?.Weights.With(_form.Weight);
    }

    private void ToggleMandateLine(Guid id, bool on)
    {
        _form.MandateLines.Remove(id);
        if (on)
        {
            _form.MandateLines.Add(id);
        }

        MarkChanged();
    }

    private void Add<T>(List<T> rows, T row)
    {
        rows.Add(row);
        MarkChanged();
    }

    private void Remove<T>(List<T> rows, T row)
    {
        rows.Remove(row);
        MarkChanged();
    }

    private async Task SubmitAsync()
    {
        if (_saving || _data is null || _context is null)
        {
            return;
        }

        _error = null;
        _saved = null;
        if (!_context.Validate())
        {
            _error = EditorTexts.Invalid;
            return;
        }

        _saving = true;
        try
        {
            var actor = await Current.GetAsync();
            var edit = _form.ToEdit();
            if (_data.ObjectiveId is { } id)
            {
                await Edits.UpdateAsync(actor, id, edit, _data.Version);
                await LoadAsync();
            }
            else
            {
                var (newId, _) = await Edits.CreateAsync(actor, new ObjectiveCreate(_data.PlanId, _data.UnitId!.Value, edit));
                ObjectiveId = newId;
                await LoadAsync();
                _justCreated = newId;
                Navigation.NavigateTo($"/obiettivi/{newId}/modifica", replace: true);
            }

            _saved = EditorTexts.Saved;
        }
        catch (DomainException ex)
        {
            var field = ex.Field == "Steps" ? nameof(ObjectiveForm.AchievementRule) : ex.Field;
            if (_bridge?.ShowError(field, ex.Message) != true)
            {
                _error = ex.Message;
            }
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or Domain.Access.AccessDeniedException or NotFoundException)
        {
            // What was typed stays in the form.
            _error = ex.Message;
        }
        finally
        {
            _saving = false;
        }
    }

    private static string UnitLabel(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => "Percentuale",
        IndicatorUnit.Count => "Numero",
        IndicatorUnit.Boolean => "Sì/No",
        IndicatorUnit.Date => "Data",
        _ => "Testo",
    };

    private void Detach()
    {
        if (_context is not null)
        {
            _context.OnFieldChanged -= FieldChanged;
        }
    }

    public void Dispose() => Detach();
}
