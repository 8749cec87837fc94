namespace PiaoPerformance.Domain.Achievement;

/// <summary>How partial achievement is graded (SPEC §2.3).</summary>
public enum AchievementRuleKind
{
    /// <summary>The NIV picks the step reached (draft vs approval, S0:103).</summary>
    Milestone,
    /// <summary>A measured value against inclusive lower bounds (S0:283).</summary>
    NumericThreshold,
    /// <summary>Proportional to the result (S0:13).</summary>
    Proportional,
    /// <summary>"Raggiunto / non raggiunto" (S1:46).</summary>
    Binary,
}
