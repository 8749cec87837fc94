using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// SPEC §3.2: the points of a sheet split into A (ente results), B (individual objectives) and C (behaviour), as
/// percentages that total 100: 35/25/40 (Segretario, Dirigente), 30/40/30 (EQ), 25/25/50 (Dipendente) in seed 003.
/// A = ente performance × A %, B = S × B %; C is the behaviour points, whose catalogue maximum must equal C.
/// </summary>
public sealed record ComponentShares
{
    public ComponentShares(decimal a, decimal b, decimal c)
    {
        A = Guard.Percentage(a, "shares.a", "Quota della componente A");
        B = Guard.Percentage(b, "shares.b", "Quota della componente B");
        C = Guard.Percentage(c, "shares.c", "Quota della componente C");
        if (a + b + c != 100m)
        {
            throw new DomainException(
                $"Le quote delle componenti A, B e C devono sommare a 100 (totale indicato: {Show.Number(a + b + c)}).", "shares");
        }
    }

    /// <summary>Percentage of the ente performance that makes component A (35 means 35 %).</summary>
    public decimal A { get; }

    /// <summary>Percentage of S that makes component B.</summary>
    public decimal B { get; }

    /// <summary>Points of component C, the behaviour catalogue's maximum.</summary>
    public decimal C { get; }
}
