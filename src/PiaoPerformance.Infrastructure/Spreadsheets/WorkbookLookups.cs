using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// The ente's lookups as the template names them: units by code, people by "Nome Cognome", mandate lines by code,
/// DUP codes, (Missione, Programma) pairs as "01.02". Loaded once per export or import.
/// </summary>
internal sealed class WorkbookLookups
{
    private WorkbookLookups()
    {
    }

    public required IReadOnlyList<OrgUnit> Units { get; init; }

    public required IReadOnlyList<Person> People { get; init; }

    public required IReadOnlyList<MandateLine> MandateLines { get; init; }

    public required IReadOnlyList<DupCode> DupCodes { get; init; }

    public required IReadOnlyList<BudgetProgramme> Programmes { get; init; }

    public required IReadOnlyList<ManagerAssignment> Managers { get; init; }

    public required IReadOnlyList<StaffAssignment> Staff { get; init; }

    public static async Task<WorkbookLookups> LoadAsync(PiaoDbContext db, Guid municipalityId, CancellationToken ct) => new()
    {
        Units = await db.OrgUnits.AsNoTracking().Where(u => u.MunicipalityId == municipalityId).OrderBy(u => u.SortOrder).ToListAsync(ct),
        People = await db.People.AsNoTracking().Where(p => p.MunicipalityId == municipalityId).ToListAsync(ct),
        MandateLines = await db.MandateLines.AsNoTracking().Where(l => l.MunicipalityId == municipalityId).OrderBy(l => l.SortOrder).ToListAsync(ct),
        DupCodes = await db.DupCodes.AsNoTracking().Where(d => d.MunicipalityId == municipalityId).OrderBy(d => d.Code).ToListAsync(ct),
        Programmes = await db.BudgetProgrammes.AsNoTracking().Where(b => b.MunicipalityId == municipalityId)
            .OrderBy(b => b.Mission).ThenBy(b => b.Programme).ToListAsync(ct),
        Managers = await db.ManagerAssignments.AsNoTracking().Where(m => m.MunicipalityId == municipalityId).ToListAsync(ct),
        Staff = await db.StaffAssignments.AsNoTracking().Where(s => s.MunicipalityId == municipalityId).ToListAsync(ct),
    };

    public static string ProgrammeCode(BudgetProgramme p) => $"{p.Mission}.{p.Programme}";

    /// <summary>The people the Responsabile and Personale columns may name: those with a post or a staff assignment.</summary>
    public IReadOnlyList<Person> AssignedPeople()
    {
        var assigned = Managers.Select(m => m.PersonId).Concat(Staff.Select(s => s.PersonId)).ToHashSet();
        return People.Where(p => assigned.Contains(p.Id)).OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ToList();
    }

    public IReadOnlyList<WorkbookList> Lists() =>
    [
        new(WorkbookLists.Levels, WorkbookLists.LevelLabels.Values.ToList()),
        new(WorkbookLists.Kinds, WorkbookLists.KindLabels.Values.ToList()),
        new(WorkbookLists.Units, Units.Select(u => u.Code).ToList()),
        new(WorkbookLists.People, AssignedPeople().Select(p => p.FullName).Distinct().ToList()),
        new(WorkbookLists.DupCodes, DupCodes.Select(d => d.Code).ToList()),
        new(WorkbookLists.YesNo, [WorkbookLists.Yes, WorkbookLists.No]),
        new(WorkbookLists.RuleKinds, WorkbookLists.RuleLabels.Values.ToList()),
        new(WorkbookLists.Ratings, WorkbookLists.RatingLabels.Values.ToList()),
        new(WorkbookLists.IndicatorUnits, WorkbookLists.UnitLabels.Values.ToList()),
        new(WorkbookLists.Polarities, WorkbookLists.PolarityLabels.Values.ToList()),
        new(WorkbookLists.MandateLines, MandateLines.Select(l => $"{l.Code} – {l.Name}").ToList()),
        new(WorkbookLists.Programmes, Programmes.Select(p => $"{ProgrammeCode(p)} – {p.MissionName} / {p.ProgrammeName}").ToList()),
    ];
}
