namespace PiaoPerformance.Domain.Sheets;

/// <summary>Who must act next on a sheet in conciliation.</summary>
public enum SheetParty
{
    /// <summary>The person evaluated (observations).</summary>
    Valutato,
    /// <summary>The evaluator (confirm or modify).</summary>
    Valutatore,
}

/// <summary>The pending deadline of a sheet (SPEC §4.15): what is due, by whom, by which day (included).</summary>
public sealed record SheetDeadline(SheetParty Party, string What, DateOnly Due)
{
    /// <summary>Overdue on <paramref name="today"/>: the due day has passed.</summary>
    public bool IsOverdueOn(DateOnly today) => today > Due;
}
