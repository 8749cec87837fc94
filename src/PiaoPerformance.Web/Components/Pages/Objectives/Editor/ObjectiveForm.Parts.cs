using FluentValidation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Formatting;

namespace PiaoPerformance.Web.Components.Pages.Objectives.Editor;

// The card's links: parent strategic objective and share, (Missione, Programma) pairs, staff, parties, contributing
// units and pesatura. Names are the domain's fields again (ParentObjectiveId, BudgetLinks, Staff, Contributions, ...).
public sealed partial class ObjectiveForm
{
    public Guid? ParentObjectiveId { get; set; }
    public decimal? ShareOfParentPct { get; set; }
    public List<Guid> BudgetLinks { get; set; } = [];
    public List<Guid> Staff { get; set; } = [];
    public string? Stakeholders { get; set; }
    public string? ExternalContributors { get; set; }
    public List<ContributionRow> Contributions { get; set; } = [];
    public GridForm WeightingGrid { get; set; } = new();

    /// <summary>Whether the contributions and the pesatura are on the form (<see cref="ObjectiveEditorData.ShowsSharedParts"/>); else they are not sent.</summary>
    public bool ShowsSharedParts { get; set; }
}

/// <summary>A unit's part in a shared objective (S4:31-43).</summary>
public sealed class ContributionRow
{
    public Guid? OrgUnitId { get; set; }
    public decimal? ContributionPct { get; set; }
    public string? ExpectedValue { get; set; }
    public string? MeasurementIndicators { get; set; }
    public string? ExpectedOutcome { get; set; }

    public static ContributionRow From(ObjectiveContribution c) => new()
    {
        OrgUnitId = c.OrgUnitId, ContributionPct = FormNumbers.Plain(c.ContributionPct), ExpectedValue = c.ExpectedValue,
        MeasurementIndicators = c.MeasurementIndicators, ExpectedOutcome = c.ExpectedOutcome,
    };

    public ContributionEdit ToEdit() => new(OrgUnitId ?? Guid.Empty, ContributionPct ?? 0m, ExpectedValue, MeasurementIndicators, ExpectedOutcome);
}

/// <summary>The pesatura being rated: no rating at all means no grid.</summary>
public sealed class GridForm
{
    public RatingLevel? Importance { get; set; }
    public RatingLevel? ExternalImpact { get; set; }
    public RatingLevel? Complexity { get; set; }
    public RatingLevel? Feasibility { get; set; }

    public bool IsEmpty => Importance is null && ExternalImpact is null && Complexity is null && Feasibility is null;

    public static GridForm From(WeightingGrid? grid) => grid is null
        ? new GridForm()
        : new GridForm { Importance = grid.Importance, ExternalImpact = grid.ExternalImpact, Complexity = grid.Complexity, Feasibility = grid.Feasibility };

    /// <summary>The domain's grid once all four variables are rated; null before.</summary>
    public WeightingGrid? TryBuild() =>
        Importance is { } i && ExternalImpact is { } e && Complexity is { } c && Feasibility is { } f ? new WeightingGrid(i, e, c, f) : null;

    public WeightingGridEdit ToEdit() => new(TryBuild());
}

internal static class ObjectivePartsRules
{
    public static void Add(AbstractValidator<ObjectiveForm> v)
    {
        v.RuleFor(x => x.ShareOfParentPct)
            .NotNull().When(x => x.ParentObjectiveId is not null).WithMessage(EditorTexts.ShareRequired)
            .InclusiveBetween(0m, 100m).WithMessage(EditorTexts.Percentage);
        v.RuleFor(x => x.Stakeholders).MaximumLength(2000).WithMessage(EditorTexts.TooLong);
        v.RuleFor(x => x.ExternalContributors).MaximumLength(2000).WithMessage(EditorTexts.TooLong);
        v.RuleForEach(x => x.Contributions).ChildRules(row =>
        {
            row.RuleFor(r => r.OrgUnitId).NotNull().WithMessage(EditorTexts.ContributionUnit);
            row.RuleFor(r => r.ContributionPct).NotNull().WithMessage(EditorTexts.Required)
                .InclusiveBetween(0m, 100m).WithMessage(EditorTexts.Percentage);
        });
        // The list as a whole (one row per unit, total 100) is the domain's rule: ask it, once every row is filled in.
        v.RuleFor(x => x.Contributions).Custom((rows, context) =>
        {
            if (rows.Any(r => r.OrgUnitId is null || r.ContributionPct is null))
            {
                return;
            }

            try
            {
                Objective.CheckContributions(rows.Select(r => new ContributionDraft(r.OrgUnitId!.Value, r.ContributionPct!.Value)).ToList());
            }
            catch (Domain.Common.DomainException ex)
            {
                context.AddFailure(nameof(ObjectiveForm.Contributions), ex.Message);
            }
        });
        v.RuleFor(x => x.WeightingGrid)
            .Must(g => g.IsEmpty || g.TryBuild() is not null).WithMessage(EditorTexts.GridIncomplete);
    }
}
