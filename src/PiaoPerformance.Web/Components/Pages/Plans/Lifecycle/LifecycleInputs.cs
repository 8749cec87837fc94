using FluentValidation;

namespace PiaoPerformance.Web.Components.Pages.Plans.Lifecycle;

// The lifecycle forms' input: property names are the domain's field names, so a rule the domain refuses after the
// save (DomainException.Field) lands under the same field as the validator's messages.

/// <summary>The approval form: the Giunta deliberation adopting the plan.</summary>
public sealed class ApproveInput
{
    public string? DeliberationNumber { get; set; }

    public DateOnly? DeliberationDate { get; set; }

    public static readonly IValidator<ApproveInput> Validator = new ApproveInputValidator();
}

/// <summary>The variazione form: why, and the act that decides it.</summary>
public sealed class VariationInput
{
    public string? Reason { get; set; }

    public string? ActNumber { get; set; }

    public DateOnly? ActDate { get; set; }

    public static readonly IValidator<VariationInput> Validator = new VariationInputValidator();
}

/// <summary>Sending a unit's cards back: why.</summary>
public sealed class ReturnInput
{
    public string? Reason { get; set; }

    public static readonly IValidator<ReturnInput> Validator = new ReturnInputValidator();
}

internal sealed class ApproveInputValidator : AbstractValidator<ApproveInput>
{
    public ApproveInputValidator()
    {
        RuleFor(x => x.DeliberationNumber).NotEmpty().WithMessage(LifecycleTexts.Required).MaximumLength(40).WithMessage(LifecycleTexts.TooLong);
        RuleFor(x => x.DeliberationDate).NotNull().WithMessage(LifecycleTexts.Required);
    }
}

internal sealed class VariationInputValidator : AbstractValidator<VariationInput>
{
    public VariationInputValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage(LifecycleTexts.Required).MaximumLength(2000).WithMessage(LifecycleTexts.TooLong);
        RuleFor(x => x.ActNumber).NotEmpty().WithMessage(LifecycleTexts.Required).MaximumLength(40).WithMessage(LifecycleTexts.TooLong);
        RuleFor(x => x.ActDate).NotNull().WithMessage(LifecycleTexts.Required);
    }
}

internal sealed class ReturnInputValidator : AbstractValidator<ReturnInput>
{
    public ReturnInputValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage(LifecycleTexts.Required).MaximumLength(2000).WithMessage(LifecycleTexts.TooLong);
}
