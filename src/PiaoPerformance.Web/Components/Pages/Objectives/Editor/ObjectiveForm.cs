using FluentValidation;
using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Formatting;

namespace PiaoPerformance.Web.Components.Pages.Objectives.Editor;

// The editor's model. Property names are the domain's field names, so a rule the domain refuses after the save
// (DomainException.Field) lands under the same field as the validator's messages.

/// <summary>Everything the card editor edits; <see cref="ToEdit"/> turns it into one <see cref="ObjectiveEdit"/>.</summary>
public sealed partial class ObjectiveForm
{
    public string? Theme { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<Guid> MandateLines { get; set; } = [];
    public Guid? DupCode { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? EndText { get; set; }
    public decimal? Weight { get; set; }
    public string? ExpectedResult { get; set; }
    public string? VerificationMethod { get; set; }
    public bool IsContingent { get; set; }
    public List<IndicatorRow> Indicators { get; set; } = [];
    public List<YearRow> YearTargets { get; set; } = [];
    public List<PhaseRow> Phases { get; set; } = [];
    public RuleForm AchievementRule { get; set; } = new();

    public static readonly IValidator<ObjectiveForm> Validator = new ObjectiveFormValidator();

    /// <summary>The form filled from a card (a detached copy); <paramref name="years"/> are the plan's years.</summary>
    public static ObjectiveForm From(Objective card, IReadOnlyList<int> years, Guid? dupCodeId, bool isNew) => new()
    {
        Theme = card.Theme,
        Title = isNew ? null : card.Title,
        Description = card.Description,
        MandateLines = card.MandateLines.Select(l => l.MandateLineId).ToList(),
        DupCode = dupCodeId,
        StartDate = card.StartDate,
        EndDate = card.EndDate,
        EndText = card.EndText,
        Weight = FormNumbers.Plain(card.Weight),
        ExpectedResult = card.ExpectedResult,
        VerificationMethod = card.VerificationMethod,
        IsContingent = card.IsContingent,
        Indicators = card.Indicators.Select(i => new IndicatorRow
        {
            Id = i.Id, Name = i.Name, FormulaText = i.FormulaText, Unit = i.Unit, Polarity = i.Polarity,
            Target = i.Target, Baseline = i.Baseline, DataSource = i.DataSource,
        }).ToList(),
        YearTargets = years.Select(y => card.TargetOf(y) is { } t
            ? new YearRow { Year = y, ExpectedPct = FormNumbers.Plain(t.ExpectedPct), NotApplicable = t.NotApplicable }
            : new YearRow { Year = y }).ToList(),
        Phases = card.Phases.OrderBy(p => p.Order).Select(p => new PhaseRow { Title = p.Title, DueDate = p.DueDate, Completed = p.Completed }).ToList(),
        AchievementRule = card.AchievementRule is { } rule
            ? new RuleForm
            {
                Kind = rule.Kind, MeasureUnit = rule.MeasureUnit,
                Steps = rule.Steps.Select(s => new StepRow { Label = s.Label, AchievementPct = FormNumbers.Plain(s.AchievementPct), LowerBound = FormNumbers.Plain(s.LowerBound) }).ToList(),
            }
            : new RuleForm(),
        ParentObjectiveId = card.ParentObjectiveId,
        ShareOfParentPct = FormNumbers.Plain(card.ShareOfParentPct),
        BudgetLinks = card.BudgetLinks.OrderBy(b => b.Order).Select(b => b.BudgetProgrammeId).ToList(),
        Staff = card.Staff.Select(s => s.PersonId).ToList(),
        Stakeholders = card.Stakeholders,
        ExternalContributors = card.ExternalContributors,
        Contributions = card.Contributions.Select(ContributionRow.From).ToList(),
        WeightingGrid = GridForm.From(card.WeightingGrid),
    };

    /// <summary>The change the service applies in one save.</summary>
    public ObjectiveEdit ToEdit() => new(
        Title ?? "", Theme, Description, ExpectedResult, VerificationMethod, Weight,
        YearTargets.Select(y => new YearTargetEdit(y.Year, y.NotApplicable ? null : y.ExpectedPct, y.NotApplicable)).ToList())
    {
        Schedule = new ScheduleEdit(StartDate, EndDate, EndDate is null ? EndText : null),
        MandateLineIds = MandateLines.ToList(),
        DupCode = new DupCodeEdit(DupCode),
        Indicators = Indicators.Select(i => new IndicatorEdit(i.Id, i.Name ?? "", i.FormulaText, i.Unit, i.Polarity, i.Target, i.Baseline, i.DataSource)).ToList(),
        Phases = Phases.Select(p => new PhaseEdit(p.Title ?? "", p.DueDate, p.Completed)).ToList(),
        Rule = AchievementRule.ToEdit(),
        IsContingent = IsContingent,
        Parent = new ParentEdit(ParentObjectiveId, ParentObjectiveId is null ? null : ShareOfParentPct),
        BudgetProgrammeIds = BudgetLinks.ToList(),
        StaffPersonIds = Staff.ToList(),
        Parties = new PartiesEdit(Stakeholders, ExternalContributors),
        // Parts the editor does not show stay as they are.
        Contributions = ShowsSharedParts ? Contributions.Select(c => c.ToEdit()).ToList() : null,
        WeightingGrid = ShowsSharedParts ? WeightingGrid.ToEdit() : null,
    };
}

public sealed class IndicatorRow
{
    public Guid? Id { get; set; }
    public string? Name { get; set; }
    public string? FormulaText { get; set; }
    public IndicatorUnit Unit { get; set; } = IndicatorUnit.Text;
    public Polarity Polarity { get; set; } = Polarity.HigherIsBetter;
    public string? Target { get; set; }
    public string? Baseline { get; set; }
    public string? DataSource { get; set; }
}

/// <summary>"Attesa" for one year, or "//".</summary>
public sealed class YearRow
{
    public int Year { get; set; }
    public decimal? ExpectedPct { get; set; }
    public bool NotApplicable { get; set; }
}

public sealed class PhaseRow
{
    public string? Title { get; set; }
    public DateOnly? DueDate { get; set; }
    public bool Completed { get; set; }
}

/// <summary>The graded rule being edited; no <see cref="Kind"/> means no rule.</summary>
public sealed class RuleForm
{
    public AchievementRuleKind? Kind { get; set; }
    public string? MeasureUnit { get; set; }
    public List<StepRow> Steps { get; set; } = [];

    public RuleEdit ToEdit() => Kind is null
        ? RuleEdit.None
        : new RuleEdit(Kind, Steps.Select(s => new RuleStepEdit(s.Label ?? "", s.AchievementPct ?? 0m, s.LowerBound)).ToList(), MeasureUnit);

    /// <summary>The domain's rule, or null when the rows do not make one yet (the preview then waits).</summary>
    public AchievementRule? TryBuild()
    {
        if (Kind is not { } kind)
        {
            return null;
        }

        try
        {
            return new AchievementRule(kind, Steps.Select(s => new AchievementStep(s.Label ?? "", s.AchievementPct ?? -1m, s.LowerBound)), MeasureUnit);
        }
        catch (Domain.Common.DomainException)
        {
            return null;
        }
    }
}

public sealed class StepRow
{
    public string? Label { get; set; }
    public decimal? AchievementPct { get; set; }
    public decimal? LowerBound { get; set; }
}

internal sealed class ObjectiveFormValidator : AbstractValidator<ObjectiveForm>
{
    public ObjectiveFormValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage(EditorTexts.Required).MaximumLength(2000).WithMessage(EditorTexts.TooLong);
        RuleFor(x => x.Theme).MaximumLength(300).WithMessage(EditorTexts.TooLong);
        RuleFor(x => x.Weight).InclusiveBetween(0m, 100m).WithMessage(EditorTexts.Percentage);
        RuleFor(x => x.EndText).Must((form, text) => form.EndDate is null || string.IsNullOrWhiteSpace(text)).WithMessage(EditorTexts.EndOne);
        RuleFor(x => x.EndDate).Must((form, end) => end is null || form.StartDate is null || end >= form.StartDate).WithMessage(EditorTexts.EndBeforeStart);
        RuleForEach(x => x.Indicators).ChildRules(row => row.RuleFor(r => r.Name).NotEmpty().WithMessage(EditorTexts.IndicatorName));
        RuleForEach(x => x.Phases).ChildRules(row => row.RuleFor(r => r.Title).NotEmpty().WithMessage(EditorTexts.PhaseTitle));
        RuleFor(x => x.YearTargets)
            .Must(rows => rows.All(r => r.NotApplicable || r.ExpectedPct is null || r.ExpectedPct is >= 0m and <= 100m))
            .WithMessage(EditorTexts.YearTarget);
        RuleFor(x => x.AchievementRule).Custom((rule, context) =>
        {
            if (rule.Kind is null)
            {
                return;
            }

            var message =
                rule.Kind is AchievementRuleKind.Milestone or AchievementRuleKind.NumericThreshold && rule.Steps.Count == 0 ? EditorTexts.StepsNeeded
                : rule.Steps.Any(s => string.IsNullOrWhiteSpace(s.Label)) ? EditorTexts.StepLabel
                : rule.Steps.Any(s => s.AchievementPct is not (>= 0m and <= 100m)) ? EditorTexts.StepPct
                : rule.Kind == AchievementRuleKind.NumericThreshold && rule.Steps.Any(s => s.LowerBound is null) ? EditorTexts.StepBound
                : null;
            if (message is not null)
            {
                context.AddFailure(nameof(ObjectiveForm.AchievementRule), message);
            }
        });
        ObjectivePartsRules.Add(this);
    }
}
