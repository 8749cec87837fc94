namespace PiaoPerformance.Domain.Calendar;

/// <summary>
/// National public holidays of Italy (L. 260/1949 and following), the non-working days every ente shares
/// (SPEC §4.15 [PROP]: "minus national holidays").
/// </summary>
public static class ItalianHolidays
{
    private static readonly (int Month, int Day, string Name)[] Fixed =
    [
        (1, 1, "Capodanno"),
        (1, 6, "Epifania"),
        (4, 25, "Festa della Liberazione"),
        (5, 1, "Festa del Lavoro"),
        (6, 2, "Festa della Repubblica"),
        (8, 15, "Assunzione (Ferragosto)"),
        (11, 1, "Ognissanti"),
        (12, 8, "Immacolata Concezione"),
        (12, 25, "Natale"),
        (12, 26, "Santo Stefano"),
    ];

    /// <summary>
    /// Easter Sunday of the Gregorian calendar, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher, a
    /// refinement of Gauss's): 31 March 2024, 20 April 2025, 5 April 2026 (SPEC §4.15).
    /// </summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Lunedì dell'Angelo, the day after Easter: a national holiday (SPEC §4.15, Example 10: 21 April 2025).</summary>
    public static DateOnly EasterMonday(int year) => EasterSunday(year).AddDays(1);

    /// <summary>The Italian name of the national holiday on <paramref name="date"/>, or null on any other day.</summary>
    public static string? NameOf(DateOnly date)
    {
        foreach (var (month, day, name) in Fixed)
        {
            if (date.Month == month && date.Day == day)
            {
                return name;
            }
        }

        // Easter falls between 22 March and 25 April, so its Monday between 23 March and 26 April.
        if (date.Month is 3 or 4 && date == EasterMonday(date.Year))
        {
            return "Lunedì dell'Angelo";
        }

        return date.Month is 3 or 4 && date == EasterSunday(date.Year) ? "Pasqua" : null;
    }

    public static bool IsNationalHoliday(DateOnly date) => NameOf(date) is not null;

    /// <summary>Every national holiday of <paramref name="year"/> in date order, Easter Sunday included.</summary>
    public static IReadOnlyList<DateOnly> Of(int year) =>
        Fixed.Select(f => new DateOnly(year, f.Month, f.Day))
            .Append(EasterSunday(year))
            .Append(EasterMonday(year))
            .Order()
            .ToList();
}
