namespace PiaoPerformance.Domain.Common;

/// <summary>
/// The enti's clock: Europe/Rome, summer time included. Instants are stored in UTC; a day the user names ("dal
/// 01/03/2025") and a time the user reads are Rome's.
/// </summary>
public static class ItalianTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    /// <summary>The instant in Rome's local time, with Rome's offset of that day.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Midnight of the day in Rome, as a UTC instant: the start of "dal" and the end (exclusive) of "al" the day before.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
