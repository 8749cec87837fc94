namespace PiaoPerformance.Domain.Rewards;

/// <summary>
/// A sum of money as computed (<see cref="Exact"/>, never rounded, to feed later steps) and as paid
/// (<see cref="Amount"/>, in cents). SPEC §4.17 step 10: money is rounded to cents only at the end, halves away from
/// zero.
/// </summary>
public sealed record RewardAmount(decimal Exact, decimal Amount)
{
    public static RewardAmount Of(decimal exact) => new(exact, ToCents(exact));

    /// <summary>SPEC §4.17 step 10: cents, halves away from zero.</summary>
    public static decimal ToCents(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
