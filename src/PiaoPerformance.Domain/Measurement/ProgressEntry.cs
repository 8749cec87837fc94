namespace PiaoPerformance.Domain.Measurement;

/// <summary>
/// A progress note during the year (stato di avanzamento): the day it refers to, the text, an optional percentage of
/// progress, who wrote it and when; <see cref="IsLate"/> when written after a reopening.
/// </summary>
public sealed class ProgressEntry
{
    private ProgressEntry()
    {
    }

    internal ProgressEntry(int order, DateOnly date, string text, decimal? progressPct, Guid byPersonId, DateTimeOffset at, bool isLate)
    {
        Order = order;
        Date = date;
        Text = text;
        ProgressPct = progressPct;
        ByPersonId = byPersonId;
        At = at;
        IsLate = isLate;
    }

    public int Order { get; private set; }

    public DateOnly Date { get; private set; }

    public string Text { get; private set; } = "";

    public decimal? ProgressPct { get; private set; }

    public Guid ByPersonId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public bool IsLate { get; private set; }
}
