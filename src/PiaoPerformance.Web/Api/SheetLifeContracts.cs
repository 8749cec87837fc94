namespace PiaoPerformance.Web.Api;

// The persisted evaluation sheets under /api/v1/sheets (not to be confused with the what-if /api/v1/scoring/sheet).

/// <summary>
/// What the evaluator enters. <see cref="Version"/> is the sheet's <c>version</c> as read (409 if someone saved it
/// since). Parts left out (null) stay as they are.
/// </summary>
public sealed record UpdateSheetRequest(
    uint? Version,
    IReadOnlyList<int>? BehaviourScores = null,
    IReadOnlyList<string?>? Notes = null,
    decimal? EntePerformance = null,
    SanctionsRequest? Sanctions = null,
    SheetServiceRequest? Service = null,
    PayRequest? Pay = null);

/// <summary>Service in the year (SPEC §4.10-4.11); <c>absenceDays</c> are absences that count against presence.</summary>
public sealed record SheetServiceRequest(DateOnly? From = null, DateOnly? To = null, decimal? PartTimePct = null, bool VerticalPartTime = false,
    bool ProtectedAbsence = false, int AbsenceDays = 0);

/// <summary>The NIV's agreed achievement of one objective of the sheet.</summary>
public sealed record AgreedAchievementRequest(Guid? ObjectiveId, decimal? Pct = null, bool Excluded = false);

/// <summary>The agreed achievements of the sheet's objectives.</summary>
public sealed record TakeAchievementsRequest(IReadOnlyList<AgreedAchievementRequest>? Achievements, uint? Version = null);

/// <summary>
/// A conciliation step. <c>on</c> is the day of the step (default today; never in the future): an observation
/// received on paper is recorded on the day it arrived. <c>text</c> is the observations, the confirmation note,
/// the reason of a modification or of a contest.
/// </summary>
public sealed record SheetStepRequest(uint? Version = null, DateOnly? On = null, string? Text = null);
