namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// The money side of a sheet: the maximum premium or result pay (from the fund act, SPEC §4.5, §4.7), whether the
/// dirigente's interim increase is granted (SPEC §4.8) and whether the payment-times target was met (SPEC §2.10; null =
/// not assessed, e.g. no invoices).
/// </summary>
public sealed record PayInput
{
    public required decimal Maximum { get; init; }

    public bool InterimIncrease { get; init; }

    public bool? PaymentTimesMet { get; init; }
}
