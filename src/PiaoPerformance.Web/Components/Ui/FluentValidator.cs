using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace PiaoPerformance.Web.Components.Ui;

/// <summary>
/// The bridge from an <see cref="EditForm"/> to a FluentValidation validator (ADR-009): validates on submit and on
/// each field change, and puts the Italian messages under their fields. A rule the domain refused after the save
/// (<see cref="Domain.Common.DomainException.Field"/>) is shown the same way with <see cref="ShowError"/>.
/// A rule on a row of a list (<c>RuleForEach</c>, path <c>Contributions[1].ContributionPct</c>) puts its message
/// under the row's own field (<c>() =&gt; row.ContributionPct</c>), and a change in a row re-checks its whole list.
/// </summary>
public sealed class FluentValidator<TModel> : ComponentBase, IDisposable
    where TModel : class
{
    private EditContext? _context;
    private ValidationMessageStore? _messages;

    // The fields holding messages, by the model property their rule belongs to ("Contributions" for its rows' fields).
    private readonly Dictionary<string, HashSet<FieldIdentifier>> _shown = [];

    [CascadingParameter] private EditContext? CurrentEditContext { get; set; }

    [Parameter, EditorRequired] public IValidator<TModel> Validator { get; set; } = default!;

    /// <summary>Shows a message under <paramref name="field"/> (a property of the model); false when the model has no such property.</summary>
    public bool ShowError(string? field, string message)
    {
        if (_context is null || _messages is null || field is null || typeof(TModel).GetProperty(field) is null)
        {
            return false;
        }

        var id = _context.Field(field);
        _messages.Clear(id);
        _messages.Add(id, message);
        _context.NotifyValidationStateChanged();
        return true;
    }

    protected override void OnParametersSet()
    {
        if (CurrentEditContext is null)
        {
            throw new InvalidOperationException($"{nameof(FluentValidator<TModel>)} goes inside an EditForm.");
        }

        if (ReferenceEquals(CurrentEditContext, _context))
        {
            return;
        }

        Detach();
        _context = CurrentEditContext;
        _messages = new ValidationMessageStore(_context);
        _context.OnValidationRequested += ValidateAll;
        _context.OnFieldChanged += ValidateField;
    }

    public void Dispose() => Detach();

    private void ValidateAll(object? sender, ValidationRequestedEventArgs e)
    {
        _messages!.Clear();
        _shown.Clear();
        foreach (var failure in Validator.Validate((TModel)_context!.Model).Errors)
        {
            Show(failure.PropertyName, failure.ErrorMessage);
        }

        _context.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        var model = (TModel)_context!.Model;
        var property = ReferenceEquals(e.FieldIdentifier.Model, model) ? e.FieldIdentifier.FieldName : ListHolding(model, e.FieldIdentifier.Model);
        if (property is null)
        {
            return;
        }

        // The changed field, the list or part it belongs to (where a refused save's message sits) and its rows' fields.
        _messages!.Clear(e.FieldIdentifier);
        _messages.Clear(_context.Field(property));
        foreach (var shown in _shown.GetValueOrDefault(property) ?? [])
        {
            _messages.Clear(shown);
        }

        _shown.Remove(property);
        var result = Validator.Validate(ValidationContext<TModel>.CreateWithOptions(model, o => o.IncludeProperties(property)));
        foreach (var failure in result.Errors.Where(f => RootOf(f.PropertyName) == property))
        {
            Show(failure.PropertyName, failure.ErrorMessage);
        }

        _context.NotifyValidationStateChanged();
    }

    private void Show(string path, string message)
    {
        var field = FieldOf(path);
        _messages!.Add(field, message);
        var root = RootOf(path);
        if (!_shown.TryGetValue(root, out var fields))
        {
            _shown[root] = fields = [];
        }

        fields.Add(field);
    }

    // "Contributions[1].ContributionPct" is the field ContributionPct of the second row; a plain name is the model's own.
    private FieldIdentifier FieldOf(string path)
    {
        object? owner = _context!.Model;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length - 1 && owner is not null; i++)
        {
            owner = Step(owner, segments[i]);
        }

        var last = segments[^1];
        return owner is null || last.Contains('[', StringComparison.Ordinal) ? _context.Field(path) : new FieldIdentifier(owner, last);
    }

    private static object? Step(object owner, string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        var name = bracket < 0 ? segment : segment[..bracket];
        var value = owner.GetType().GetProperty(name)?.GetValue(owner);
        if (bracket < 0 || value is not System.Collections.IList list)
        {
            return bracket < 0 ? value : null;
        }

        return int.TryParse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture, out var index) && index < list.Count ? list[index] : null;
    }

    private static string RootOf(string path) => path.Split('.', '[')[0];

    // The model's property that holds this part: a row of its list, or an object of its own (a rule's form, a grid).
    private static string? ListHolding(TModel model, object part) =>
        typeof(TModel).GetProperties()
            .Where(p => p.PropertyType != typeof(string) && p.GetIndexParameters().Length == 0)
            .FirstOrDefault(p => p.GetValue(model) is { } value
                && (ReferenceEquals(value, part) || (value is System.Collections.IList list && list.Contains(part))))?.Name;

    private void Detach()
    {
        if (_context is not null)
        {
            _context.OnValidationRequested -= ValidateAll;
            _context.OnFieldChanged -= ValidateField;
        }
    }
}
