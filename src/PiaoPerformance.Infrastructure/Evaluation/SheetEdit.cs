using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Infrastructure.Evaluation;

/// <summary>
/// What the evaluator enters on a sheet. Null parts are left as they are: scores (with optional notes, one per
/// item), ente performance, sanctions, service, money.
/// </summary>
public sealed record SheetEdit(
    IReadOnlyList<int>? Scores = null,
    IReadOnlyList<string?>? Notes = null,
    decimal? EntePerformance = null,
    SanctionsInput? Sanctions = null,
    ServiceInput? Service = null,
    SheetPayEdit? Pay = null);

/// <summary>The money inputs: the maximum from the fund act (null: from the fund for employees), interim increase, payment times.</summary>
public sealed record SheetPayEdit(decimal? Maximum, bool InterimIncrease, bool? PaymentTimesMet);
