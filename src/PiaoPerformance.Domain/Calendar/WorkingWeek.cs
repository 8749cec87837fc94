namespace PiaoPerformance.Domain.Calendar;

/// <summary>The ente's working week (SPEC §4.15 [PROP]: Mon–Fri, or Mon–Sat).</summary>
public enum WorkingWeek
{
    MondayToFriday,
    MondayToSaturday,
}
