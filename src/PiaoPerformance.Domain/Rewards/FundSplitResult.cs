namespace PiaoPerformance.Domain.Rewards;

/// <summary>One unit's share of the fund: its weighted units (Σ staff × coefficient) and its pot in cents.</summary>
public sealed record UnitPot(string Id, decimal WeightedUnits, decimal Amount);

/// <summary>The fund split across units, in input order; <see cref="Total"/> is the fund to the cent.</summary>
public sealed record FundSplitResult(IReadOnlyList<UnitPot> Units, decimal TotalWeightedUnits, decimal Total);
