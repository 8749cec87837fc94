using PiaoPerformance.Domain.Evaluation;

namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// One evaluation sheet to score (SPEC §3.2): the role, the year, the ente performance (0..100, component A), the
/// objectives (component B), the behaviour scores in catalogue order (component C), and optionally sanctions, service,
/// pay and options (null = the evaluation system's defaults).
/// </summary>
public sealed record SheetInput
{
    public required EvaluatedRole Role { get; init; }

    public required int Year { get; init; }

    public required decimal EntePerformance { get; init; }

    public required IReadOnlyList<ObjectiveInput> Objectives { get; init; }

    public required IReadOnlyList<int> BehaviourScores { get; init; }

    public SanctionsInput? Sanctions { get; init; }

    public ServiceInput? Service { get; init; }

    public PayInput? Pay { get; init; }

    public ScoringOptions? Options { get; init; }
}
