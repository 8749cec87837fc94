using Microsoft.AspNetCore.Components;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Settings;
using PiaoPerformance.Web.Components.Ui;

namespace PiaoPerformance.Web.Components.Pages.Settings;

/// <summary>
/// What the set-up sections share: the admin, the settings as last read, one save at a time per section, and the
/// message after it. A refused save keeps what was typed and shows why (under the field when the domain names one);
/// a save that succeeds asks the page to read the settings again, so the screen shows the new state at once.
/// </summary>
public abstract class SettingsSection : ComponentBase
{
    [Inject] protected EnteSettingsService Service { get; set; } = default!;

    [Parameter, EditorRequired] public Actor Actor { get; set; } = default!;

    [Parameter, EditorRequired] public EnteSettingsView View { get; set; } = default!;

    /// <summary>Reads the settings again after a save.</summary>
    [Parameter, EditorRequired] public Func<Task> OnChanged { get; set; } = default!;

    /// <summary>The page's unsaved-changes warning: a save clears its form.</summary>
    [CascadingParameter] protected UnsavedChanges? Unsaved { get; set; }

    /// <summary>The form whose save is running (null when none): its button is disabled.</summary>
    protected string? Busy { get; private set; }

    /// <summary>The form the last message belongs to.</summary>
    protected string? MessageFor { get; private set; }

    protected string? Error { get; private set; }

    protected string? Done { get; private set; }

    protected string? ErrorOf(string form) => MessageFor == form ? Error : null;

    protected string? DoneOf(string form) => MessageFor == form ? Done : null;

    /// <summary>Runs a save of <paramref name="form"/>; true when it succeeded.</summary>
    protected async Task<bool> SaveAsync<TInput>(string form, FluentValidator<TInput>? bridge, Func<Task> save)
        where TInput : class
    {
        if (Busy is not null)
        {
            return false;
        }

        Busy = form;
        MessageFor = form;
        Error = null;
        Done = null;
        try
        {
            await save();
            Unsaved?.Clear(form);
            await OnChanged();
            Done = SettingsTexts.Saved;
            return true;
        }
        catch (DomainException ex)
        {
            if (bridge?.ShowError(ex.Field, ex.Message) != true)
            {
                Error = ex.Message;
            }
        }
        catch (Exception ex) when (SettingsTexts.MessageOf(ex) is { } message)
        {
            Error = message;
        }
        finally
        {
            Busy = null;
        }

        return false;
    }

    protected string PersonName(Guid id) => View.People.FirstOrDefault(p => p.Id == id)?.DisplayName ?? SettingsTexts.None;

    protected string UnitName(Guid? id) => id is { } unitId && View.Units.FirstOrDefault(u => u.Id == unitId) is { } unit
        ? $"{unit.Code} – {unit.Name}"
        : SettingsTexts.None;

    /// <summary>The units in tree order with their depth, for tables and selects.</summary>
    protected IEnumerable<(UnitSettingsView Unit, int Depth)> Tree()
    {
        var children = View.Units.ToLookup(u => u.ParentId is { } p && View.Units.Any(x => x.Id == p) ? p : (Guid?)null);
        var seen = new HashSet<Guid>();
        return Walk(null, 0);

        IEnumerable<(UnitSettingsView, int)> Walk(Guid? parent, int depth)
        {
            foreach (var unit in children[parent])
            {
                if (!seen.Add(unit.Id))
                {
                    continue;
                }

                yield return (unit, depth);
                foreach (var child in Walk(unit.Id, depth + 1))
                {
                    yield return child;
                }
            }
        }
    }
}
