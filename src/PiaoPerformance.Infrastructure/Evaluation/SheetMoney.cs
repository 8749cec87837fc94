using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Evaluation;
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
internal static class SheetMoney
{
    public static async Task<decimal?> MaximumPayAsync(PiaoDbContext db, EvaluationSheet sheet, CancellationToken ct)
    {
        if (sheet.MaximumPay is not null || sheet.Role != EvaluatedRole.Dipendente || sheet.OrgUnitId is not { } unit)
        {
            return null;
        }

        var fund = await db.PerformanceFunds.AsNoTracking().FirstOrDefaultAsync(f => f.MunicipalityId == sheet.MunicipalityId && f.Year == sheet.Year, ct);
        if (await IsMoneyShareAsync(db, sheet, ct))
        {
            // SPEC §4.16, S2:197: in the money-share model the employee's shares are of the CCDI sum, not of a maximum.
            return fund?.OrganisationalPerformanceSum;
        }

        var yearStart = new DateOnly(sheet.Year, 1, 1);
        var yearEnd = new DateOnly(sheet.Year, 12, 31);
        var assignment = await db.StaffAssignments.AsNoTracking()
            .Where(s => s.PersonId == sheet.PersonId && s.OrgUnitId == unit && s.From <= yearEnd && (s.To == null || s.To >= yearStart))
            .OrderByDescending(s => s.From)
            .FirstOrDefaultAsync(ct);
        if (fund is null || assignment is null || fund.Headcounts.All(h => h.OrgUnitId != unit || h.Area != assignment.ClassificationArea))
        {
            return null;
        }

        return fund.EmployeeMaximumFor(unit, assignment.ClassificationArea, ClassificationCoefficients.Ccnl2019_2021, Explanation.Disabled).Amount;
    }

    /// <summary>SPEC §4.16: whether the sheet's cycle reads weights as shares of the money.</summary>
    public static async Task<bool> IsMoneyShareAsync(PiaoDbContext db, EvaluationSheet sheet, CancellationToken ct)
    {
        var cycle = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == sheet.PlanCycleId, ct);
        return cycle?.Evaluation.Options.WeightModel == WeightModel.MoneyShare;
    }
}
