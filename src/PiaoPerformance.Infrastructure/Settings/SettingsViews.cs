using PiaoPerformance.Domain.Calendar;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Infrastructure.Settings;

/// <summary>The ente's own data as the Amministratore edits it.</summary>
public sealed record EnteData(
    string Name,
    string? Province,
    string? Mayor,
    string? UnionName,
    string UnitLabel,
    WorkingWeek WorkingWeek,
    int? PatronSaintMonth,
    int? PatronSaintDay,
    string? PatronSaintName);

public sealed record CycleSettingsView(Guid Id, int StartYear, int EndYear, string? Title, EvaluationParameters Evaluation);

public sealed record UnitSettingsView(Guid Id, Guid? ParentId, OrgUnitKind Kind, string Code, string Name, string? Heading, int SortOrder);

public sealed record PersonSettingsView(Guid Id, string? Title, string GivenName, string FamilyName, string DisplayName);

public sealed record ManagerAssignmentSettingsView(
    Guid Id, Guid UnitId, Guid PersonId, ManagerRole Role, DateOnly From, DateOnly? To, bool IsInterim, IReadOnlyList<string> ScopeServices);

public sealed record StaffAssignmentSettingsView(
    Guid Id, Guid UnitId, Guid PersonId, string ProfileTitle, ClassificationArea Area, decimal PartTimePct, PartTimeType PartTimeType,
    DateOnly From, DateOnly? To);

public sealed record MandateLineSettingsView(Guid Id, string Code, string Name, int SortOrder);

public sealed record DupCodeSettingsView(Guid Id, string Code, string? Description);

public sealed record BudgetProgrammeSettingsView(Guid Id, string Mission, string Programme, string? MissionName, string? ProgrammeName);

/// <summary>Everything the set-up pages show, read in one go.</summary>
public sealed record EnteSettingsView(
    Guid MunicipalityId,
    EnteData Ente,
    IReadOnlyList<CycleSettingsView> Cycles,
    IReadOnlyList<UnitSettingsView> Units,
    IReadOnlyList<PersonSettingsView> People,
    IReadOnlyList<ManagerAssignmentSettingsView> Managers,
    IReadOnlyList<StaffAssignmentSettingsView> Staff,
    IReadOnlyList<MandateLineSettingsView> MandateLines,
    IReadOnlyList<DupCodeSettingsView> DupCodes,
    IReadOnlyList<BudgetProgrammeSettingsView> Programmes);

/// <summary>A new manager assignment.</summary>
public sealed record NewManagerAssignment(
    Guid UnitId, Guid PersonId, ManagerRole Role, DateOnly From, DateOnly? To, bool IsInterim, IReadOnlyList<string>? ScopeServices = null);

/// <summary>A new staff assignment.</summary>
public sealed record NewStaffAssignment(
    Guid UnitId, Guid PersonId, string ProfileTitle, ClassificationArea Area, DateOnly From, DateOnly? To = null,
    decimal PartTimePct = 100m, PartTimeType PartTimeType = PartTimeType.FullTime);
