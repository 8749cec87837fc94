using FluentValidation;
using PiaoPerformance.Infrastructure.Evaluation;

namespace PiaoPerformance.Web.Components.Pages.Sheets;

/// <summary>An evaluator who leaves (SPEC §4.13): who, their last day in post, who takes over, a note.</summary>
public sealed class EvaluatorChangeForm
{
    public Guid? FormerPersonId { get; set; }

    public DateOnly? LeftOn { get; set; }

    public Guid? ReplacementPersonId { get; set; }

    public string? Note { get; set; }

    public static readonly IValidator<EvaluatorChangeForm> Validator = new EvaluatorChangeFormValidator();

    /// <summary>A new form with the sheet's only evaluator chosen when there is one.</summary>
    public static EvaluatorChangeForm For(SheetView sheet) => new()
    {
        FormerPersonId = sheet.Evaluators.Where(e => e.Role != Domain.Sheets.SheetEvaluatorRole.Proponente).Select(e => (Guid?)e.PersonId).SingleOrDefault(),
    };

    /// <summary>The form property under which a domain refusal's field is shown, or null.</summary>
    public static string? PropertyOf(string? field) => field switch
    {
        "formerPersonId" => nameof(FormerPersonId),
        "leftOn" => nameof(LeftOn),
        "replacementPersonId" => nameof(ReplacementPersonId),
        _ => null,
    };
}

internal sealed class EvaluatorChangeFormValidator : AbstractValidator<EvaluatorChangeForm>
{
    public EvaluatorChangeFormValidator()
    {
        RuleFor(f => f.FormerPersonId).NotNull().WithMessage("Indicare il valutatore che lascia l'incarico.");
        RuleFor(f => f.LeftOn).NotNull().WithMessage("Indicare l'ultimo giorno in carica del valutatore.");
        RuleFor(f => f.ReplacementPersonId).NotNull().WithMessage("Indicare il nuovo valutatore.");
        RuleFor(f => f.ReplacementPersonId).NotEqual(f => f.FormerPersonId).When(f => f.ReplacementPersonId is not null)
            .WithMessage("Il nuovo valutatore deve essere una persona diversa da chi lascia l'incarico.");
        RuleFor(f => f.Note).MaximumLength(2000).WithMessage("La nota può contenere al massimo 2000 caratteri.");
    }
}
