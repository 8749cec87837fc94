using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// SPEC §4.9: the percentage cut of D for one kind of sanction, by how many were imposed in the year: one, two, more
/// than two. Each 0..100 and never falling as the count grows.
/// </summary>
public sealed record SanctionCuts
{
    public SanctionCuts(decimal one, decimal two, decimal moreThanTwo)
    {
        One = Guard.Percentage(one, "sanctions.one", "Riduzione per una sanzione");
        Two = Guard.Percentage(two, "sanctions.two", "Riduzione per due sanzioni");
        MoreThanTwo = Guard.Percentage(moreThanTwo, "sanctions.moreThanTwo", "Riduzione per oltre due sanzioni");
        if (two < one || moreThanTwo < two)
        {
            throw new DomainException("Le riduzioni per sanzioni non possono diminuire al crescere del numero di sanzioni.", "sanctions");
        }
    }

    public decimal One { get; }

    public decimal Two { get; }

    public decimal MoreThanTwo { get; }

    /// <summary>SPEC §4.9: the cut for <paramref name="count"/> sanctions of this kind in the year (0 → none).</summary>
    public decimal For(int count) => count switch
    {
        <= 0 => 0m,
        1 => One,
        2 => Two,
        _ => MoreThanTwo,
    };
}
