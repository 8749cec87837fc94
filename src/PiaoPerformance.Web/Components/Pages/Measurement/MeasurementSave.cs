using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Web.Components.Pages.Measurement;

/// <summary>
/// One save of a measurement form and what the page shows after it: the success text, or the refusal (a domain rule
/// under its field when the form knows the field, otherwise above the form; a conflict or an access refusal in
/// Italian). What was typed stays in the form either way.
/// </summary>
internal static class MeasurementSave
{
    /// <param name="action">The save; returns the success text.</param>
    /// <param name="showUnderField">The form's bridge (<c>FluentValidator.ShowError</c>); null for a button without fields.</param>
    public static async Task<(string? Saved, string? Error)> RunAsync(Func<Task<string>> action, Func<string?, string, bool>? showUnderField)
    {
        try
        {
            return (await action(), null);
        }
        catch (DomainException ex)
        {
            return (null, showUnderField?.Invoke(FormFields.FieldOf(ex.Field), ex.Message) == true ? null : ex.Message);
        }
        catch (Exception ex) when (MeasurementTexts.MessageOf(ex) is { } message)
        {
            return (null, message);
        }
    }
}
