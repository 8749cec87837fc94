namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// One objective on a sheet: its id, its weight (null on every objective = equal weights, SPEC §2.9) and its
/// achievement. <see cref="Excluded"/> neutralises it (SPEC §2.7); <see cref="ContingentNotExercised"/> marks an
/// optional function that was not exercised, excluded the same way (SPEC §2.8); <see cref="ThirdPartyDelay"/> makes it
/// achieved whatever was measured (SPEC §2.5). An excluded or third-party-delayed objective needs no achievement.
/// </summary>
public sealed record ObjectiveInput(string Id, decimal? Weight, AchievementInput? Achievement)
{
    public bool Excluded { get; init; }

    public string? ExclusionReason { get; init; }

    public bool ContingentNotExercised { get; init; }

    public bool ThirdPartyDelay { get; init; }

    public string? ThirdPartyDelayReason { get; init; }

    /// <summary>SPEC §2.10: the payment-times (ITP) objective; in the money-share model its share is the statutory 30 %.</summary>
    public bool IsPaymentTimes { get; init; }

    /// <summary>
    /// SPEC §4.16, AMB-18 [PROP]: how many employees the objective is shared by; in the money-share model an employee
    /// gets share / <see cref="SharedBy"/> of the CCDI sum ("split equally among the people involved"). 1 when not shared.
    /// </summary>
    public int SharedBy { get; init; } = 1;

    public bool IsExcluded => Excluded || ContingentNotExercised;

    /// <summary>How lines and messages name it: its id, or "n. 3" by position when it has none.</summary>
    public string NameAt(int index) => string.IsNullOrWhiteSpace(Id) ? $"n. {index + 1}" : Id;
}
