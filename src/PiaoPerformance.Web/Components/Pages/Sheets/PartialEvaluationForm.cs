using FluentValidation;
using PiaoPerformance.Infrastructure.Evaluation;

namespace PiaoPerformance.Web.Components.Pages.Sheets;

/// <summary>
/// A partial evaluation by an evaluator who left (SPEC §4.13): who, the period, one score per behaviour item and a
/// note; and the day from which the final evaluator's own scores (component C) count when the partials are combined.
/// </summary>
public sealed class PartialEvaluationForm
{
    public Guid? EvaluatorPersonId { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Note { get; set; }

    public List<PartialScore> Scores { get; set; } = [];

    public DateOnly? FinalFrom { get; set; }

    public static readonly IValidator<PartialEvaluationForm> Validator = new PartialEvaluationFormValidator();

    public static PartialEvaluationForm For(SheetView sheet)
    {
        // SPEC §4.13: after a change of evaluator, the partial still missing is the one who left's, up to their last day.
        var changes = sheet.EvaluatorChanges;
        var missing = changes.Select((c, i) => (Change: c, From: i == 0 ? new DateOnly(sheet.Year, 1, 1) : changes[i - 1].LeftOn.AddDays(1)))
            .FirstOrDefault(c => !c.Change.PartialRecorded);
        return new()
        {
            Scores = sheet.Items.Select(i => new PartialScore { Maximum = i.Maximum }).ToList(),
            EvaluatorPersonId = missing.Change?.FormerPersonId,
            From = missing.Change is null ? null : missing.From,
            To = missing.Change?.LeftOn,
            FinalFrom = changes.Count > 0 ? changes[^1].LeftOn.AddDays(1)
                : sheet.PartialEvaluations.Count == 0 ? null : sheet.PartialEvaluations.Max(p => p.To).AddDays(1),
        };
    }

    /// <summary>The form property under which a domain refusal's field is shown, or null.</summary>
    public static string? PropertyOf(string? field) => field switch
    {
        "evaluatorPersonId" => nameof(EvaluatorPersonId),
        "from" => nameof(From),
        "to" => nameof(To),
        "finalFrom" or "partialEvaluations" => nameof(FinalFrom),
        _ => null,
    };
}

/// <summary>One behaviour item's score in a partial evaluation.</summary>
public sealed class PartialScore
{
    public int Maximum { get; init; }

    public int? Score { get; set; }
}

internal sealed class PartialEvaluationFormValidator : AbstractValidator<PartialEvaluationForm>
{
    public PartialEvaluationFormValidator()
    {
        RuleFor(f => f.EvaluatorPersonId).NotNull().WithMessage("Indicare il valutatore che ha lasciato l'incarico.");
        RuleFor(f => f.From).NotNull().WithMessage("Indicare l'inizio del periodo.");
        RuleFor(f => f.To).NotNull().WithMessage("Indicare la fine del periodo.");
        RuleFor(f => f.To).GreaterThanOrEqualTo(f => f.From).When(f => f.From is not null && f.To is not null)
            .WithMessage("La fine del periodo non può precedere l'inizio.");
        RuleForEach(f => f.Scores).ChildRules(row =>
        {
            row.RuleFor(r => r.Score).NotNull().WithMessage(SheetsTexts.ScoreRequired);
            row.RuleFor(r => r.Score).Must((r, s) => s is null || (s >= 0 && s <= r.Maximum)).WithMessage(r => $"Il punteggio è tra 0 e {r.Maximum}.");
        });
    }
}
