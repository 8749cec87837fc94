using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Planning;

namespace PiaoPerformance.Infrastructure.Home;

/// <summary>
/// The home page of one actor: one block per role they hold, null when the role does not apply (a person may hold
/// several). <see cref="Plan"/> is the ente's newest plan, the one the blocks speak of.
/// </summary>
public sealed record HomeView(
    HomePlan? Plan,
    SegretarioHome? Segretario,
    NivHome? Niv,
    IReadOnlyList<HomeUnit>? MyUnits,
    IReadOnlyList<SheetSummary>? ToEvaluate,
    IReadOnlyList<EnteYearHome>? Giunta,
    AdminHome? Admin,
    IReadOnlyList<SheetSummary>? MySheets);

/// <summary>The plan the home page speaks of: the ente's newest cycle.</summary>
public sealed record HomePlan(Guid Id, string Title, PlanState State, int StartYear, int EndYear);

/// <summary>
/// A unit on the home page: its cards' state and blocking problems as "Le mie unità" works them out (null once the
/// plan is Validato) and, per year of the cycle, how many of its objectives have a report entered and sent.
/// </summary>
public sealed record HomeUnit(Guid Id, string Code, string Name, UnitApproval? Approval, int Objectives, IReadOnlyList<YearReports> Years);

/// <summary>Reports of one year over a set of objectives: entered (any text or value), sent, of how many objectives.</summary>
public sealed record YearReports(int Year, int Entered, int Submitted, int Objectives)
{
    public int Missing => Objectives - Submitted;
}

/// <summary>
/// The Segretario's view of the whole cycle: every unit's state, the sheets by state with the overdue ones named, and
/// the reports not yet sent when the plan is being reported on.
/// </summary>
public sealed record SegretarioHome(
    IReadOnlyList<HomeUnit> Units,
    int Problems,
    IReadOnlyList<SheetStateCount> SheetStates,
    IReadOnlyList<OverdueSheet> OverdueSheets,
    YearReports? ReportsDue);

/// <summary>How many sheets of the year are in a state.</summary>
public sealed record SheetStateCount(int Year, SheetState State, int Count);

/// <summary>A sheet whose conciliation deadline has passed: who is evaluated, where, what is late and since when.</summary>
public sealed record OverdueSheet(Guid Id, string PersonName, string? UnitName, int Year, SheetState State, SheetDeadline Deadline);

/// <summary>What is left to the NIV on the plan's measure of a year (counts over the non-cancelled objectives).</summary>
public sealed record NivHome(int Year, int Objectives, int ReportsSubmitted, int ToMeasure, int ToSign, int Agreed, int BoardSize);

/// <summary>The ente's performance (component A) of one year of the cycle: entered and validated or not.</summary>
public sealed record EnteYearHome(int Year, decimal? Value, bool Validated);

/// <summary>How far the ente is set up: its units, people, accounts, units with no head, the roles granted.</summary>
public sealed record AdminHome(int Units, int People, int Accounts, int DisabledAccounts, IReadOnlyList<string> UnitsWithoutHead,
    IReadOnlyList<RoleCount> Roles, int Plans);

/// <summary>How many people hold a granted role today.</summary>
public sealed record RoleCount(AppRole Role, int People);
