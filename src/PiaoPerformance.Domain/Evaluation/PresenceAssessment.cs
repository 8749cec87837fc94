namespace PiaoPerformance.Domain.Evaluation;

/// <summary>
/// The service of one person in one year as the sheet uses it (SPEC §4.10-4.11): the period inside the year, the
/// presence counted against the three-month threshold, and the factor that prorates the money.
/// </summary>
public sealed record PresenceAssessment(
    DateOnly Start,
    DateOnly End,
    int ServiceDays,
    int DaysInYear,
    int WholeMonths,
    int PresenceDays,
    decimal ThresholdDays,
    bool MeetsThreshold,
    bool Evaluable,
    decimal ServiceFactor);
