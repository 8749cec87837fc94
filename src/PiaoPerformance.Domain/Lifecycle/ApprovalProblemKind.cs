namespace PiaoPerformance.Domain.Lifecycle;

/// <summary>What keeps a plan from being approved.</summary>
public enum ApprovalProblemKind
{
    /// <summary>A person evaluated whose weights do not reach the required total (SPEC §1.12).</summary>
    WeightTotal,
    /// <summary>Weights set on some objectives of a person and not on others (SPEC §1.12, option 2 needs none set).</summary>
    MixedWeights,
    /// <summary>An operational or management card without any performance indicator.</summary>
    MissingIndicators,
}
