namespace PiaoPerformance.Domain.Evaluation;

/// <summary>
/// The person's service in the year (SPEC §4.10-4.11). <see cref="From"/> null: in service since before the year;
/// <see cref="To"/> null: still in service on 31 December. <see cref="PartTimePct"/> 100 = full time.
/// <see cref="AbsenceDays"/> are absences that count against presence (not the protected ones of S3:1145: injury at
/// work, illness from service, life-saving therapy, maternity and paternity); they only matter for the three-month
/// rule. <see cref="ProtectedAbsence"/>: a case protected by law applies, so the three-month rule is waived.
/// </summary>
public sealed record ServiceInput
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public decimal PartTimePct { get; init; } = 100m;

    public bool VerticalPartTime { get; init; }

    public bool ProtectedAbsence { get; init; }

    public int AbsenceDays { get; init; }
}
