using FluentValidation;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Web.Formatting;

namespace PiaoPerformance.Web.Components.Pages.Sheets;

/// <summary>
/// The money inputs of a sheet (SPEC §4.10-§4.12): the individual maximum from the fund act (empty: from the fund for
/// employees), the interim increase, and for managers whether the payment times were met. Saved as <see cref="SheetEdit.Pay"/>.
/// </summary>
public sealed class SheetPayForm
{
    public const string Met = "si";

    public const string NotMet = "no";

    public decimal? Maximum { get; set; }

    public bool InterimIncrease { get; set; }

    /// <summary>"" (not stated), <see cref="Met"/> or <see cref="NotMet"/>: a select cannot bind a nullable bool.</summary>
    public string PaymentTimes { get; set; } = "";

    public static readonly IValidator<SheetPayForm> Validator = new SheetPayFormValidator();

    public static SheetPayForm From(SheetInputsView i) => new()
    {
        Maximum = FormNumbers.Plain(i.MaximumPay),
        InterimIncrease = i.InterimIncrease,
        PaymentTimes = i.PaymentTimesMet switch { true => Met, false => NotMet, null => "" },
    };

    public SheetPayEdit Edit => new(Maximum, InterimIncrease, PaymentTimes switch { Met => true, NotMet => false, _ => null });

    /// <summary>The form property under which a domain refusal's field is shown, or null.</summary>
    public static string? PropertyOf(string? field) => field switch
    {
        "pay.maximum" => nameof(Maximum),
        "pay.paymentTimesMet" => nameof(PaymentTimes),
        _ => null,
    };
}

internal sealed class SheetPayFormValidator : AbstractValidator<SheetPayForm>
{
    public SheetPayFormValidator()
    {
        RuleFor(f => f.Maximum).Must(m => m is null || m >= 0m).WithMessage("Il premio massimo non può essere negativo.");
    }
}
