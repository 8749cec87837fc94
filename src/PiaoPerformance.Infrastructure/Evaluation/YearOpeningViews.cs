using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Sheets;

namespace PiaoPerformance.Infrastructure.Evaluation;

/// <summary>Every person of the ente with an assignment in <see cref="Year"/>, and what opening the year would give each.</summary>
public sealed record YearOpeningView(Guid PlanId, int Year, IReadOnlyList<YearOpeningRow> People);

/// <summary>
/// One person: the role evaluated and who evaluates (SPEC §3.1), their units with the periods of the year, the months
/// counted per unit when more than one (SPEC §4.12, <see cref="Tie"/> when the rule cannot decide), the sheets of the
/// year already open and, when the person cannot be opened, the reason.
/// </summary>
public sealed record YearOpeningRow(
    Guid PersonId,
    string Name,
    EvaluatedRole? Role,
    EvaluatorKind? EvaluatorKind,
    IReadOnlyList<YearUnitPeriod> Units,
    IReadOnlyList<SheetPersonView> Evaluators,
    IReadOnlyList<YearUnitMonths> Months,
    bool Tie,
    int SheetsOpen,
    string? SkipReason)
{
    /// <summary>No sheet of the year yet and nothing that stops the opening.</summary>
    public bool CanOpen => SheetsOpen == 0 && SkipReason is null;
}

/// <summary>A staff or manager assignment in the year: the unit, the post (null for staff) and the period.</summary>
public sealed record YearUnitPeriod(Guid UnitId, string UnitName, ManagerRole? Post, bool Interim, DateOnly From, DateOnly? To);

/// <summary>The months counted for a unit by the prevalence rule (periods of more than 16 days).</summary>
public sealed record YearUnitMonths(Guid UnitId, string UnitName, int Months, int Days);

/// <summary>
/// What to open: the year, the people (null: everyone listed), and on a prevalence tie one joint sheet instead of
/// two (<see cref="JointOnTie"/> for everyone, or only the people in <see cref="JointFor"/> when given).
/// </summary>
public sealed record YearOpeningRequest(int Year, IReadOnlyList<Guid>? PersonIds = null, bool JointOnTie = false, IReadOnlyCollection<Guid>? JointFor = null)
{
    public bool JointWanted(Guid personId) => JointFor is { } some ? some.Contains(personId) : JointOnTie;
}

/// <summary>How many drafts were opened and who was skipped, with the Italian reason.</summary>
public sealed record YearOpeningResult(int Opened, IReadOnlyList<YearOpeningSkip> Skipped);

public sealed record YearOpeningSkip(Guid PersonId, string Reason);
