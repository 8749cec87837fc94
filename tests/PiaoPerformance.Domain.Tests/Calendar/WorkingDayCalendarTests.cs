using PiaoPerformance.Domain.Calendar;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    // SPEC §6 Example 10 (S3:1115-1117), Mon–Fri with the 2025 holidays.
    [Theory]
    [InlineData("2025-03-03", "2025-03-17")]
    [InlineData("2025-03-17", "2025-03-31")]
    [InlineData("2025-04-17", "2025-05-06")]
    public void TenWorkingDaysAfterAnEventFallOnTheDatesOfExampleTen(string from, string deadline) =>
        WorkingDayCalendar.Default.AddWorkingDays(DateOnly.Parse(from), 10).ShouldBe(DateOnly.Parse(deadline));

    [Fact]
    public void TheDeadlineExplanationNamesTheHolidaysItSkipped()
    {
        var explanation = new Explanation();

        WorkingDayCalendar.Default.AddWorkingDays(D(2025, 4, 17), 10, explanation);

        explanation.Lines.ShouldBe([
            "Scadenza: 10 giorni lavorativi dal 17/04/2025, contati dal giorno successivo (settimana lavorativa lunedì-venerdì) → martedì 06/05/2025.",
            "Giorni festivi o di chiusura non conteggiati: 21/04/2025 (Lunedì dell'Angelo), 25/04/2025 (Festa della Liberazione), 01/05/2025 (Festa del Lavoro).",
        ]);
    }

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void EasterSundayFollowsTheGregorianComputus(int year, string easter) =>
        ItalianHolidays.EasterSunday(year).ShouldBe(DateOnly.Parse(easter));

    [Theory]
    [InlineData(2024, "2024-04-01")]
    [InlineData(2025, "2025-04-21")]
    [InlineData(2026, "2026-04-06")]
    public void EasterMondayIsANonWorkingDay(int year, string monday)
    {
        var date = DateOnly.Parse(monday);

        ItalianHolidays.EasterMonday(year).ShouldBe(date);
        WorkingDayCalendar.Default.IsWorkingDay(date).ShouldBeFalse();
        WorkingDayCalendar.Default.ReasonClosed(date).ShouldBe("Lunedì dell'Angelo");
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 6)]
    [InlineData(4, 25)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(8, 15)]
    [InlineData(11, 1)]
    [InlineData(12, 8)]
    [InlineData(12, 25)]
    [InlineData(12, 26)]
    public void EveryFixedNationalHolidayIsClosedInAnyYear(int month, int day)
    {
        foreach (var year in new[] { 2024, 2025, 2026, 2030 })
        {
            WorkingDayCalendar.Default.IsWorkingDay(D(year, month, day)).ShouldBeFalse();
        }
    }

    [Fact]
    public void TheYearHasTwelveNationalHolidaysCountingEaster() =>
        ItalianHolidays.Of(2025).Count.ShouldBe(12);

    [Fact]
    public void AnOrdinaryWeekdayIsAWorkingDayAndTheWeekendIsNot()
    {
        WorkingDayCalendar.Default.IsWorkingDay(D(2025, 3, 5)).ShouldBeTrue();
        WorkingDayCalendar.Default.IsWorkingDay(D(2025, 3, 8)).ShouldBeFalse();
        WorkingDayCalendar.Default.IsWorkingDay(D(2025, 3, 9)).ShouldBeFalse();
    }

    [Fact]
    public void AMondayToSaturdayEnteCountsSaturdaysButNeverSundays()
    {
        var calendar = new WorkingDayCalendar(WorkingWeek.MondayToSaturday);

        calendar.IsWorkingDay(D(2025, 3, 8)).ShouldBeTrue();
        calendar.IsWorkingDay(D(2025, 3, 9)).ShouldBeFalse();
        calendar.AddWorkingDays(D(2025, 3, 3), 10).ShouldBe(D(2025, 3, 14));
    }

    [Fact]
    public void ThePatronSaintsDayIsClosedAndPushesTheDeadline()
    {
        var calendar = new WorkingDayCalendar(patronSaintDay: new PatronSaintDay(3, 12, "San Gregorio"));

        calendar.IsWorkingDay(D(2025, 3, 12)).ShouldBeFalse();
        calendar.ReasonClosed(D(2025, 3, 12)).ShouldBe("santo patrono, San Gregorio");
        calendar.AddWorkingDays(D(2025, 3, 3), 10).ShouldBe(D(2025, 3, 18));
    }

    [Fact]
    public void AnExtraClosureOfTheEnteIsNotAWorkingDay()
    {
        var calendar = new WorkingDayCalendar(extraClosures: [D(2025, 3, 7)]);

        calendar.IsWorkingDay(D(2025, 3, 7)).ShouldBeFalse();
        calendar.ExtraClosures.ShouldBe([D(2025, 3, 7)]);
        calendar.AddWorkingDays(D(2025, 3, 3), 10).ShouldBe(D(2025, 3, 18));
    }

    [Fact]
    public void APatronSaintsDayOnTheTwentyNinthOfFebruaryIsAllowed() =>
        new PatronSaintDay(2, 29).FallsOn(D(2024, 2, 29)).ShouldBeTrue();

    [Theory]
    [InlineData(2, 30)]
    [InlineData(13, 1)]
    [InlineData(4, 31)]
    [InlineData(0, 10)]
    public void APatronSaintsDayThatDoesNotExistIsRefused(int month, int day) =>
        DomainAssert.Refuses(() => _ = new PatronSaintDay(month, day), "patronSaintDay");

    [Fact]
    public void ZeroWorkingDaysLeaveTheDateUnchanged() =>
        WorkingDayCalendar.Default.AddWorkingDays(D(2025, 3, 8), 0).ShouldBe(D(2025, 3, 8));

    [Fact]
    public void ANegativeNumberOfWorkingDaysIsRefused()
    {
        var error = DomainAssert.Refuses(() => WorkingDayCalendar.Default.AddWorkingDays(D(2025, 3, 3), -1), "workingDays");

        error.Message.ShouldBe("Il numero di giorni lavorativi non può essere negativo (valore indicato: -1).");
    }

    [Fact]
    public void TwentyCalendarDaysAfterAReorganisationIncludeWeekendsAndHolidays() =>
        WorkingDayCalendar.AddCalendarDays(D(2025, 4, 17), 20).ShouldBe(D(2025, 5, 7));

    [Fact]
    public void ANegativeNumberOfCalendarDaysIsRefused() =>
        DomainAssert.Refuses(() => WorkingDayCalendar.AddCalendarDays(D(2025, 4, 17), -3), "days");

    [Fact]
    public void TheDeadlineIsAlwaysAWorkingDayStrictlyAfterTheEventWithExactlyThatManyWorkingDaysInBetween()
    {
        var random = new Random(20250303);
        var calendars = new[]
        {
            WorkingDayCalendar.Default,
            new WorkingDayCalendar(WorkingWeek.MondayToSaturday, new PatronSaintDay(6, 29), [D(2025, 12, 24)]),
        };

        for (var i = 0; i < 400; i++)
        {
            var calendar = calendars[i % 2];
            var from = D(2000, 1, 1).AddDays(random.Next(0, 36500));
            var n = random.Next(1, 61);

            var deadline = calendar.AddWorkingDays(from, n);

            deadline.ShouldBeGreaterThan(from);
            calendar.IsWorkingDay(deadline).ShouldBeTrue();
            var between = 0;
            for (var day = from.AddDays(1); day <= deadline; day = day.AddDays(1))
            {
                between += calendar.IsWorkingDay(day) ? 1 : 0;
            }

            between.ShouldBe(n, $"da {from} + {n}");
        }
    }
}
