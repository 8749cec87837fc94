namespace PiaoPerformance.Domain.Scoring;

/// <summary>SPEC §4.9: the disciplinary sanctions imposed in the year (counts) and whether the person was dismissed.</summary>
public sealed record SanctionsInput
{
    public int WrittenReprimand { get; init; }

    public int Fine { get; init; }

    public int Suspension { get; init; }

    public bool Dismissal { get; init; }
}
