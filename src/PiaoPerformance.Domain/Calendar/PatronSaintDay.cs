using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Calendar;

/// <summary>
/// The feast of the ente's patron saint, a local holiday every year on the same month and day (SPEC §4.15 [PROP]).
/// </summary>
public sealed record PatronSaintDay
{
    /// <summary>29 February is allowed: in a common year the feast simply does not fall.</summary>
    public PatronSaintDay(int month, int day, string? name = null)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2024, month))
        {
            throw new DomainException($"Festa del santo patrono: il giorno {day}/{month} non esiste.", "patronSaintDay");
        }

        Month = month;
        Day = day;
        Name = Guard.Optional(name);
    }

    public int Month { get; }

    public int Day { get; }

    /// <summary>"San Giuseppe", "Santi Pietro e Paolo": shown in the explanation of a deadline.</summary>
    public string? Name { get; }

    public bool FallsOn(DateOnly date) => date.Month == Month && date.Day == Day;
}
