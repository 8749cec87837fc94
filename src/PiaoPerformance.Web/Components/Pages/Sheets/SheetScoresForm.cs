using FluentValidation;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Web.Formatting;

namespace PiaoPerformance.Web.Components.Pages.Sheets;

/// <summary>
/// The evaluator's form: component A's figure and one row per behaviour item (score and note). Property names match
/// the domain's fields ("notes[i]" lands on the row's note) so a refusal after the save shows under the same field.
/// </summary>
public sealed class SheetScoresForm
{
    public decimal? EntePerformance { get; set; }

    public List<ScoreRow> Items { get; set; } = [];

    public static readonly IValidator<SheetScoresForm> Validator = new SheetScoresFormValidator();

    public static SheetScoresForm From(SheetView sheet) => new()
    {
        // Without the column's trailing zeros: the field shows "92", not "92.0000".
        EntePerformance = FormNumbers.Plain(sheet.Inputs.EntePerformance),
        Items = sheet.Items.Select(i => new ScoreRow
        {
            Maximum = i.Maximum,
            ZeroHasDescriptor = i.Levels.Any(l => l.Score == 0),
            Score = i.Score,
            Note = i.Note,
        }).ToList(),
    };

    /// <summary>The scores when every item has one (the domain takes the whole list), else null.</summary>
    public IReadOnlyList<int>? Scores => Items.All(i => i.Score is not null) ? Items.Select(i => i.Score!.Value).ToList() : null;
}

/// <summary>One behaviour item's row: the score chosen and its note.</summary>
public sealed class ScoreRow
{
    public int Maximum { get; init; }

    /// <summary>Whether the catalogue describes a 0 on this item; when it does not, a 0 needs a note (SPEC §3.3).</summary>
    public bool ZeroHasDescriptor { get; init; }

    public int? Score { get; set; }

    public string? Note { get; set; }

    public bool NeedsNote => Score == 0 && !ZeroHasDescriptor;
}

internal sealed class SheetScoresFormValidator : AbstractValidator<SheetScoresForm>
{
    public SheetScoresFormValidator()
    {
        RuleFor(f => f.EntePerformance).InclusiveBetween(0m, 100m)
            .WithMessage("La performance dell'ente è una percentuale tra 0 e 100.");
        RuleForEach(f => f.Items).ChildRules(row =>
        {
            row.RuleFor(r => r.Score).NotNull().WithMessage(SheetsTexts.ScoreRequired);
            row.RuleFor(r => r.Score).Must((r, s) => s is null || (s >= 0 && s <= r.Maximum))
                .WithMessage(r => $"Il punteggio è tra 0 e {r.Maximum}.");
            row.RuleFor(r => r.Note).NotEmpty().When(r => r.NeedsNote).WithMessage(SheetsTexts.NoteRequired);
        });
    }
}
