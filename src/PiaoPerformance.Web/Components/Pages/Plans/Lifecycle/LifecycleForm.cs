using Microsoft.AspNetCore.Components;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Lifecycle;
using PiaoPerformance.Web.Components.Ui;

namespace PiaoPerformance.Web.Components.Pages.Plans.Lifecycle;

/// <summary>
/// What the lifecycle forms share: the input, the validator bridge, one save at a time. A refused save keeps what
/// was typed and shows why (under the field when the domain names one); a save that succeeds empties the form.
/// </summary>
public abstract class LifecycleForm<TInput> : ComponentBase
    where TInput : class, new()
{
    /// <summary>Runs the action with the form's input; the panel shows the result.</summary>
    [Parameter, EditorRequired] public Func<TInput, Task> OnSave { get; set; } = default!;

    protected TInput Input { get; private set; } = new();

    protected FluentValidator<TInput>? Bridge { get; set; }

    protected bool Saving { get; private set; }

    protected string? Error { get; private set; }

    protected async Task SaveAsync()
    {
        if (Saving)
        {
            return;
        }

        Saving = true;
        Error = null;
        try
        {
            await OnSave(Input);
            Input = new();
            OnSaved();
        }
        catch (DomainException ex)
        {
            // Under its field when the form has one by the domain's name, else under the form.
            if (Bridge?.ShowError(ex.Field, ex.Message) != true)
            {
                Error = ex.Message;
            }
        }
        catch (ApprovalRefusedException ex)
        {
            Error = ex.Message;
            OnApprovalRefused(ex);
        }
        catch (Exception ex) when (LifecycleTexts.MessageOf(ex) is { } message)
        {
            Error = message;
        }
        finally
        {
            Saving = false;
        }
    }

    /// <summary>The approval form lists the problems; the message says how many.</summary>
    protected virtual void OnApprovalRefused(ApprovalRefusedException refused)
    {
    }

    protected virtual void OnSaved()
    {
    }
}
