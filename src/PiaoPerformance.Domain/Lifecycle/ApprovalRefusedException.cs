namespace PiaoPerformance.Domain.Lifecycle;

/// <summary>The plan cannot be approved yet: every problem found, each with its Italian message (→ 400 with the list).</summary>
public sealed class ApprovalRefusedException(IReadOnlyList<ApprovalProblem> problems)
    : Exception($"Il piano non può essere approvato: {problems.Count} {(problems.Count == 1 ? "problema da risolvere" : "problemi da risolvere")}.")
{
    public IReadOnlyList<ApprovalProblem> Problems { get; } = problems;
}
