namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// A scored sheet, every figure unrounded (SPEC §6) except <see cref="Pay"/>, in cents (SPEC §4.17 step 10).
/// <see cref="ObjectivesSum"/> is S (≤ 100); A, B, C and D = A + B + C as in SPEC §3.2; <see cref="DAfterSanctions"/>
/// the total after disciplinary cuts (SPEC §4.9); <see cref="BandScore"/> the value the bands are tested on (the cut
/// D, rounded to an integer only with <see cref="ScoringOptions.RoundTotal"/>). <see cref="Band"/> is null when the
/// sheet is not evaluable (<see cref="NotEvaluableReason"/> says why); <see cref="Negative"/> is the separate
/// negative-evaluation flag (SPEC §4.4). <see cref="Pay"/> is null when no maximum was given.
/// </summary>
public sealed record SheetResult
{
    public required IReadOnlyList<ObjectiveResult> Objectives { get; init; }

    public required decimal ObjectivesSum { get; init; }

    public required decimal A { get; init; }

    public required decimal B { get; init; }

    public required decimal C { get; init; }

    public required decimal D { get; init; }

    /// <summary>Total percentage cut of D by sanctions (additive or the equivalent of the multiplied factors).</summary>
    public required decimal SanctionCutPct { get; init; }

    public required decimal DAfterSanctions { get; init; }

    public required decimal BandScore { get; init; }

    public required PayBand? Band { get; init; }

    public required bool Negative { get; init; }

    public required bool Evaluable { get; init; }

    public string? NotEvaluableReason { get; init; }

    public required decimal ServiceFactor { get; init; }

    public required decimal? Pay { get; init; }

    public required IReadOnlyList<string> Explanation { get; init; }
}
