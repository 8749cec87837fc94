using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Sheets;

namespace PiaoPerformance.Web.Api;

/// <summary>
/// Opens the year's drafts (SPEC §3.1): <c>personIds</c> null opens everyone with an assignment in the year;
/// <c>jointOnTie</c> asks for one joint sheet instead of two when the prevalence rule ties (SPEC §4.12).
/// </summary>
public sealed record OpenYearRequest(int? Year, IReadOnlyList<Guid>? PersonIds = null, bool JointOnTie = false);

/// <summary>How many drafts were opened and the people skipped, each with the Italian reason.</summary>
public sealed record OpenYearResponse(int Opened, IReadOnlyList<OpenYearSkip> Skipped);

public sealed record OpenYearSkip(Guid PersonId, string Reason);

/// <summary>A person named on a new sheet: <c>role</c> Valutatore, Congiunto or Proponente, and the unit they evaluate for.</summary>
public sealed record SheetEvaluatorRequest(Guid? PersonId, SheetEvaluatorRole Role = SheetEvaluatorRole.Valutatore, Guid? OrgUnitId = null);

/// <summary>One sheet to open; <c>evaluatorKind</c> null is the role's default (SPEC §3.1), <c>objectives</c> null the unit's and the cross-cutting ones.</summary>
public sealed record OpenSheetRequest(
    Guid? PersonId,
    int? Year,
    EvaluatedRole? Role,
    Guid? OrgUnitId = null,
    IReadOnlyList<SheetEvaluatorRequest>? Evaluators = null,
    EvaluatorKind? EvaluatorKind = null,
    IReadOnlyList<OpenSheetObjectiveRequest>? Objectives = null);

public sealed record OpenSheetObjectiveRequest(Guid? ObjectiveId, decimal? Weight = null);

/// <summary>
/// The evaluator <c>formerPersonId</c> left on <c>leftOn</c>; <c>replacementPersonId</c> is the final evaluator from the
/// next day (SPEC §4.13). <c>version</c> as read (409 if the sheet was saved since).
/// </summary>
public sealed record ReplaceEvaluatorRequest(Guid? FormerPersonId, DateOnly? LeftOn, Guid? ReplacementPersonId, string? Note = null, uint? Version = null);
