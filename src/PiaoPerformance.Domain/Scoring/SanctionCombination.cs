namespace PiaoPerformance.Domain.Scoring;

/// <summary>SPEC §4.9 [AMB-16]: how the cuts of sanctions of different kinds "si cumulano".</summary>
public enum SanctionCombination
{
    /// <summary>Default: the percentages add up, −3 % − 5 % = −8 %, capped at 100 %.</summary>
    Additive,
    /// <summary>Option: the factors multiply, × 0,97 × 0,95 = × 0,9215.</summary>
    Multiplicative,
}
