namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// The weights of one person's objectives after SPEC §4.17 step 1. <see cref="Original"/> is the weight as planned
/// (100/n for equal weights), kept for the audit; <see cref="Effective"/> the weight used, 0 for excluded objectives.
/// <see cref="NothingToWeigh"/>: every objective is excluded (or the remaining ones weigh 0), so there is no S.
/// </summary>
public sealed record ObjectiveWeights(decimal[] Original, decimal[] Effective, bool EqualWeights, bool NothingToWeigh);
