namespace PiaoPerformance.Domain.Planning;

/// <summary>
/// The shares the operational objectives hold of one strategic objective ("40% dell'obiettivo strategico", S0:11),
/// as the editor shows them while one share is being typed: they should total 100 (SPEC §1.5 [PROP]).
/// </summary>
public sealed record ParentShares(IReadOnlyList<decimal?> OtherShares)
{
    /// <summary>The total with <paramref name="share"/> for the objective being edited (an empty share counts 0).</summary>
    public decimal TotalWith(decimal? share) => OtherShares.Sum(s => s ?? 0m) + (share ?? 0m);

    /// <summary>Whether the shares with <paramref name="share"/> make the whole strategic objective.</summary>
    public bool IsCompleteWith(decimal? share) => TotalWith(share) == 100m;
}
