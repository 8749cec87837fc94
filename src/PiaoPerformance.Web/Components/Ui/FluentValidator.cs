using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace PiaoPerformance.Web.Components.Ui;

/// <summary>
/// The bridge from an <see cref="EditForm"/> to a FluentValidation validator (ADR-009): validates on submit and on
/// each field change, and puts the Italian messages under their fields. A rule the domain refused after the save
/// (<see cref="Domain.Common.DomainException.Field"/>) is shown the same way with <see cref="ShowError"/>.
/// </summary>
public sealed class FluentValidator<TModel> : ComponentBase, IDisposable
    where TModel : class
{
    private EditContext? _context;
    private ValidationMessageStore? _messages;

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
        foreach (var failure in Validator.Validate((TModel)_context!.Model).Errors)
        {
            _messages.Add(_context.Field(failure.PropertyName), failure.ErrorMessage);
        }

        _context.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        var field = e.FieldIdentifier;
        _messages!.Clear(field);
        var result = Validator.Validate(ValidationContext<TModel>.CreateWithOptions((TModel)_context!.Model, o => o.IncludeProperties(field.FieldName)));
        _messages.Add(field, result.Errors.Select(f => f.ErrorMessage));
        _context.NotifyValidationStateChanged();
    }

    private void Detach()
    {
        if (_context is not null)
        {
            _context.OnValidationRequested -= ValidateAll;
            _context.OnFieldChanged -= ValidateField;
        }
    }
}
