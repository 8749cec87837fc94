using FluentValidation;

namespace PiaoPerformance.Web.Components.Pages.Sheets;

/// <summary>A conciliation step's text: observations, the reason of a modification, the grounds of a contest, a note.</summary>
public sealed class StepInput
{
    public string? Text { get; set; }

    /// <summary>Set by the page for the step being taken: observations, modification and contest need a text.</summary>
    public string? RequiredLabel { get; set; }

    public static readonly IValidator<StepInput> Validator = new StepInputValidator();
}

internal sealed class StepInputValidator : AbstractValidator<StepInput>
{
    public StepInputValidator() =>
        RuleFor(s => s.Text).NotEmpty().When(s => s.RequiredLabel is not null).WithMessage(s => $"{s.RequiredLabel}: campo obbligatorio.");
}
