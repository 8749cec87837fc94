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

    /// <summary>
    /// The deadline running for a sheet in <paramref name="state"/> with those due days, or null (draft, or waiting for
    /// a signature or validation). Lists that read only these three columns ask this instead of loading the sheet.
    /// </summary>
    public static SheetDeadline? Of(SheetState state, DateOnly? observationsDue, DateOnly? reviewDue) => state switch
    {
        SheetState.Notificata when observationsDue is { } due => new SheetDeadline(SheetParty.Valutato, "Osservazioni del valutato", due),
        SheetState.Osservazioni when reviewDue is { } due => new SheetDeadline(SheetParty.Valutatore, "Conferma o modifica del valutatore", due),
        _ => null,
    };
}
