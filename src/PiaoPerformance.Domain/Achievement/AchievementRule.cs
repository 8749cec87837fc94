using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Achievement;

/// <summary>
/// The graded achievement rule written on an objective card (SPEC §2.3). Steps are kept best first; the evaluation of
/// a rule belongs to the scoring engine.
/// </summary>
public sealed class AchievementRule
{
    private List<AchievementStep> _steps = [];
    private List<AchievementStep>? _sorted;

    private AchievementRule()
    {
    }

    public AchievementRule(AchievementRuleKind kind, IEnumerable<AchievementStep> steps, string? measureUnit = null)
    {
        Kind = kind;
        MeasureUnit = Guard.Optional(measureUnit);
        var list = steps.ToList();
        foreach (var step in list)
        {
            Guard.Required(step.Label, nameof(Steps), "Descrizione del livello di raggiungimento");
            Guard.Percentage(step.AchievementPct, nameof(Steps), "Percentuale di raggiungimento del livello");
        }

        switch (kind)
        {
            case AchievementRuleKind.Milestone when list.Count == 0:
                throw new DomainException("Una regola a traguardi richiede almeno un livello.", nameof(Steps));
            case AchievementRuleKind.NumericThreshold when list.Count == 0 || list.Any(s => s.LowerBound is null):
                throw new DomainException("Una regola a soglie richiede per ogni livello la soglia minima.", nameof(Steps));
            case AchievementRuleKind.NumericThreshold:
                list = list.OrderByDescending(s => s.LowerBound).ToList();
                break;
            default:
                break;
        }

        _steps = list;
    }

    public AchievementRuleKind Kind { get; private set; }

    /// <summary>What numeric thresholds count: "%", "iniziative", "attività".</summary>
    public string? MeasureUnit { get; private set; }

    /// <summary>Best step first, whatever order storage returns them in (sorted once: a rule never changes).</summary>
    public IReadOnlyList<AchievementStep> Steps =>
        _sorted ??= _steps.OrderByDescending(s => s.AchievementPct).ThenByDescending(s => s.LowerBound).ToList();
}
