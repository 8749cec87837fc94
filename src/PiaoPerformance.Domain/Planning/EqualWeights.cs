using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Planning;

/// <summary>
/// "Pesi uguali" for one position (SPEC §1.12 mechanism 2, §2.9, S3:521 "ripartizione lineare"): every live own
/// objective gets the same weight, so that own + cross-cutting = the ente's required total (60 over 7 objectives when
/// the cross-cutting ones carry 40 of 100). Weights have two decimals, like the seeds' figures; rounding each share down
/// leaves a few hundredths, which go one each to the first objectives in card order, so the total is exact and the
/// outcome is the same whoever runs it (docs/scoring.md).
/// </summary>
public static class EqualWeights
{
    private const decimal Cent = 0.01m;

    /// <summary>
    /// The weights, in card order, of the <paramref name="ownCount"/> own objectives that bring <paramref name="position"/> to its
    /// required total.
    /// </summary>
    /// <exception cref="DomainException">No own objective, or the cross-cutting weight alone exceeds the required total.</exception>
    public static IReadOnlyList<decimal> For(PositionWeights position, int ownCount)
    {
        if (ownCount <= 0)
        {
            throw new DomainException("Non ci sono obiettivi propri a cui assegnare pesi uguali.");
        }

        var share = position.RequiredTotal - position.CrossCuttingWeight;
        if (share < 0m)
        {
            throw new DomainException(
                $"Gli obiettivi trasversali pesano già {Format.Number(position.CrossCuttingWeight)} %, oltre il totale richiesto di {Format.Number(position.RequiredTotal)} %.");
        }

        return Split(share, ownCount);
    }

    /// <summary>
    /// Gives each objective of the position its equal weight (<see cref="For"/>). <paramref name="own"/> are the
    /// position's live own objectives (<see cref="WeightTotals.OwnObjectivesOf"/>), in card order.
    /// </summary>
    public static void Apply(PositionWeights position, IReadOnlyList<Objective> own)
    {
        var weights = For(position, own.Count);
        for (var i = 0; i < own.Count; i++)
        {
            own[i].SetWeight(weights[i]);
        }
    }

    /// <summary>
    /// <paramref name="count"/> parts of two decimals summing to <paramref name="total"/> exactly: each part is the
    /// quotient rounded down to the hundredth, and the hundredths left go one each to the first parts (a total with
    /// more than two decimals leaves its last fraction to the first part).
    /// </summary>
    public static IReadOnlyList<decimal> Split(decimal total, int count)
    {
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "At least one part.");
        }

        var part = Math.Floor(total / count / Cent) * Cent;
        var parts = Enumerable.Repeat(part, count).ToArray();
        var left = total - (part * count);
        var cents = (int)Math.Min(count, Math.Floor(left / Cent));
        for (var i = 0; i < cents; i++)
        {
            parts[i] += Cent;
        }

        parts[0] += total - parts.Sum();
        return parts;
    }
}
