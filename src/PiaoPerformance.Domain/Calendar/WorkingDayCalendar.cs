using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Calendar;

/// <summary>
/// An ente's working-day calendar for the deadlines of the evaluation process (SPEC §4.15 [PROP]): the working week
/// (Mon–Fri by default, or Mon–Sat), minus the national holidays, the patron saint's day and any extra closures the
/// ente declares.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _closures;

    public WorkingDayCalendar(
        WorkingWeek week = WorkingWeek.MondayToFriday,
        PatronSaintDay? patronSaintDay = null,
        IEnumerable<DateOnly>? extraClosures = null)
    {
        Week = week;
        PatronSaintDay = patronSaintDay;
        _closures = extraClosures is null ? [] : [.. extraClosures];
    }

    /// <summary>Mon–Fri, national holidays only: the calendar of an ente that has set nothing else.</summary>
    public static WorkingDayCalendar Default { get; } = new();

    public WorkingWeek Week { get; }

    public PatronSaintDay? PatronSaintDay { get; }

    /// <summary>Closures decided by the ente (e.g. a bridge day), in date order.</summary>
    public IReadOnlyList<DateOnly> ExtraClosures => _closures.Order().ToList();

    /// <summary>SPEC §4.15: a day of the working week that is not a national holiday, the patron saint's day or a closure.</summary>
    public bool IsWorkingDay(DateOnly date) => ReasonClosed(date) is null;

    /// <summary>
    /// The deadline <paramref name="workingDays"/> working days after <paramref name="from"/>, counting from the day
    /// after the event (SPEC §4.15, S3:1115-1117; Example 10: notified Mon 3 Mar 2025, +10 → Mon 17 Mar 2025). Zero
    /// days gives <paramref name="from"/> itself.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays) => AddWorkingDays(from, workingDays, Explanation.Disabled);

    /// <inheritdoc cref="AddWorkingDays(DateOnly, int)"/>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays, Explanation explanation)
    {
        if (workingDays < 0)
        {
            throw new DomainException(
                $"Il numero di giorni lavorativi non può essere negativo (valore indicato: {workingDays}).", "workingDays");
        }

        var date = from;
        var counted = 0;
        var skipped = new List<string>();
        while (counted < workingDays)
        {
            if (date == DateOnly.MaxValue)
            {
                throw new DomainException("La scadenza cade oltre l'ultima data rappresentabile.", "workingDays");
            }

            date = date.AddDays(1);
            var reason = ReasonClosed(date);
            if (reason is null)
            {
                counted++;
            }
            else if (reason is not ("sabato" or "domenica"))
            {
                skipped.Add($"{Format.Date(date)} ({reason})");
            }
        }

        explanation.Add(
            $"Scadenza: {workingDays} giorni lavorativi dal {Format.Date(from)}, contati dal giorno successivo " +
            $"({WeekLabel}) → {DayName(date)} {Format.Date(date)}.");
        if (skipped.Count > 0)
        {
            explanation.Add($"Giorni festivi o di chiusura non conteggiati: {string.Join(", ", skipped)}.");
        }

        return date;
    }

    /// <summary>
    /// A deadline in calendar days, for rules that do not say "working" (SPEC §4.14: new objectives "entro 20
    /// giorni" of a reorganisation, S3:1127). Counting starts the day after <paramref name="from"/>.
    /// </summary>
    public static DateOnly AddCalendarDays(DateOnly from, int days)
    {
        if (days < 0)
        {
            throw new DomainException($"Il numero di giorni non può essere negativo (valore indicato: {days}).", "days");
        }

        if (DateOnly.MaxValue.DayNumber - from.DayNumber < days)
        {
            throw new DomainException("La scadenza cade oltre l'ultima data rappresentabile.", "days");
        }

        return from.AddDays(days);
    }

    /// <summary>Why the ente is closed on <paramref name="date"/> (in Italian), or null on a working day.</summary>
    public string? ReasonClosed(DateOnly date)
    {
        switch (date.DayOfWeek)
        {
            case DayOfWeek.Sunday:
                return "domenica";
            case DayOfWeek.Saturday when Week == WorkingWeek.MondayToFriday:
                return "sabato";
            default:
                break;
        }

        if (ItalianHolidays.NameOf(date) is { } holiday)
        {
            return holiday;
        }

        if (PatronSaintDay is { } patron && patron.FallsOn(date))
        {
            return patron.Name is null ? "santo patrono" : $"santo patrono, {patron.Name}";
        }

        return _closures.Contains(date) ? "chiusura dell'ente" : null;
    }

    private string WeekLabel => Week == WorkingWeek.MondayToFriday ? "settimana lavorativa lunedì-venerdì" : "settimana lavorativa lunedì-sabato";

    private static string DayName(DateOnly date) => Format.Italian.DateTimeFormat.GetDayName(date.DayOfWeek);
}
