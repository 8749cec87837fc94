using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Evaluation;

/// <summary>
/// The maximum premium a sheet is paid on when the sheet has none of its own: for an employee, the year's fund split
/// by the head-counts on 1 January and the coefficients (SPEC §4.7), for the area of their assignment in the
/// evaluating unit; in the money-share model (SPEC §4.16) the CCDI sum for organisational performance. Null when there
/// is no fund for the year or the unit is not counted in it.
/// </summary>
/// <remarks>
/// Loaded once for a list of sheets (three queries whatever their number: the funds, the cycles' weight model, the
/// assignments), so that the premi data, the charts and the differentiation check do not query per sheet.
/// </remarks>
internal sealed class SheetMoney
{
    private readonly IReadOnlyDictionary<(Guid Municipality, int Year), PerformanceFund> _funds;
    private readonly IReadOnlySet<Guid> _moneyShareCycles;
    private readonly IReadOnlyList<StaffAssignment> _assignments;
    private readonly Dictionary<(PerformanceFund Fund, Guid Unit, ClassificationArea Area), decimal> _maxima = [];

    private SheetMoney(IReadOnlyDictionary<(Guid, int), PerformanceFund> funds, IReadOnlySet<Guid> moneyShareCycles, IReadOnlyList<StaffAssignment> assignments)
    {
        _funds = funds;
        _moneyShareCycles = moneyShareCycles;
        _assignments = assignments;
    }

    /// <summary>The maximum of one sheet (see the type).</summary>
    public static async Task<decimal?> MaximumPayAsync(PiaoDbContext db, EvaluationSheet sheet, CancellationToken ct) =>
        (await LoadAsync(db, [sheet], ct)).MaximumPay(sheet);

    /// <summary>What the maxima of <paramref name="sheets"/> need, read at once.</summary>
    public static async Task<SheetMoney> LoadAsync(PiaoDbContext db, IReadOnlyCollection<EvaluationSheet> sheets, CancellationToken ct)
    {
        var paid = sheets.Where(FromTheFund).ToList();
        if (paid.Count == 0)
        {
            return new SheetMoney(new Dictionary<(Guid, int), PerformanceFund>(), new HashSet<Guid>(), []);
        }

        var municipalities = paid.Select(s => s.MunicipalityId).Distinct().ToList();
        var years = paid.Select(s => s.Year).Distinct().ToList();
        var funds = await db.PerformanceFunds.AsNoTracking()
            .Where(f => municipalities.Contains(f.MunicipalityId) && years.Contains(f.Year))
            .ToListAsync(ct);
        var cycleIds = paid.Select(s => s.PlanCycleId).Distinct().ToList();
        var cycles = await db.PlanCycles.AsNoTracking().Where(c => cycleIds.Contains(c.Id)).Select(c => new { c.Id, c.Evaluation }).ToListAsync(ct);
        var personIds = paid.Select(s => s.PersonId).Distinct().ToList();
        var unitIds = paid.Select(s => s.OrgUnitId!.Value).Distinct().ToList();
        var first = new DateOnly(years.Min(), 1, 1);
        var last = new DateOnly(years.Max(), 12, 31);
        var assignments = await db.StaffAssignments.AsNoTracking()
            .Where(s => personIds.Contains(s.PersonId) && unitIds.Contains(s.OrgUnitId) && s.From <= last && (s.To == null || s.To >= first))
            .ToListAsync(ct);
        return new SheetMoney(
            funds.GroupBy(f => (f.MunicipalityId, f.Year)).ToDictionary(g => g.Key, g => g.First()),
            cycles.Where(c => c.Evaluation.Options.WeightModel == WeightModel.MoneyShare).Select(c => c.Id).ToHashSet(),
            assignments);
    }

    /// <summary>The sheet's maximum from the fund, or null (the sheet has its own, is not an employee's, or no fund counts it).</summary>
    public decimal? MaximumPay(EvaluationSheet sheet)
    {
        if (!FromTheFund(sheet))
        {
            return null;
        }

        var unit = sheet.OrgUnitId!.Value;
        var fund = _funds.GetValueOrDefault((sheet.MunicipalityId, sheet.Year));
        if (_moneyShareCycles.Contains(sheet.PlanCycleId))
        {
            // SPEC §4.16, S2:197: in the money-share model the employee's shares are of the CCDI sum, not of a maximum.
            return fund?.OrganisationalPerformanceSum;
        }

        var yearStart = new DateOnly(sheet.Year, 1, 1);
        var yearEnd = new DateOnly(sheet.Year, 12, 31);
        var assignment = _assignments
            .Where(s => s.PersonId == sheet.PersonId && s.OrgUnitId == unit && s.From <= yearEnd && (s.To == null || s.To >= yearStart))
            .MaxBy(s => s.From);
        if (fund is null || assignment is null || fund.Headcounts.All(h => h.OrgUnitId != unit || h.Area != assignment.ClassificationArea))
        {
            return null;
        }

        var key = (fund, unit, assignment.ClassificationArea);
        if (!_maxima.TryGetValue(key, out var maximum))
        {
            maximum = fund.EmployeeMaximumFor(unit, assignment.ClassificationArea, ClassificationCoefficients.Ccnl2019_2021, Explanation.Disabled).Amount;
            _maxima[key] = maximum;
        }

        return maximum;
    }

    private static bool FromTheFund(EvaluationSheet sheet) =>
        sheet.MaximumPay is null && sheet.Role == EvaluatedRole.Dipendente && sheet.OrgUnitId is not null;
}
