using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Rewards;

/// <summary>A unit the fund may be split to.</summary>
public sealed record FundUnit(Guid Id, string Code, string Name);

/// <summary>An employee's maximum premium in a unit for an area (SPEC §4.7), with the engine's explanation.</summary>
public sealed record MaximumLine(Guid OrgUnitId, ClassificationArea Area, decimal Amount, IReadOnlyList<string> Explanation);

/// <summary>What the "Fondo e premi" page reads besides the stored fund: the ente's units, the coefficients, the individual maxima.</summary>
public sealed record FundPageData(IReadOnlyList<FundUnit> Units, ClassificationCoefficients Coefficients, IReadOnlyList<MaximumLine> Maxima);

/// <summary>Reads for the fund page; the fund itself is read and written through PerformanceFundService.</summary>
public sealed partial class FundPageQueries(IDbContextFactory<PiaoDbContext> contextFactory)
{
    /// <summary>The ente's units in their order and, when the year has a fund, each counted unit's maximum per area present.</summary>
    public async Task<FundPageData> GetAsync(Actor actor, int year, CancellationToken ct = default)
    {
        if (!AccessRules.CanReadFund(actor, actor.MunicipalityId))
        {
            throw new AccessDeniedException("I dati del fondo sono consultati dal Segretario, dal NIV e dall'Amministratore.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.MunicipalityId == actor.MunicipalityId)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Code)
            .Select(u => new FundUnit(u.Id, u.Code, u.Name)).ToListAsync(ct);
        var coefficients = ClassificationCoefficients.Ccnl2019_2021;
        var fund = await db.PerformanceFunds.AsNoTracking().FirstOrDefaultAsync(f => f.MunicipalityId == actor.MunicipalityId && f.Year == year, ct);
        var maxima = new List<MaximumLine>();
        if (fund is not null && fund.Headcounts.Any(h => h.Count > 0))
        {
            foreach (var line in fund.Headcounts.Where(h => h.Count > 0).OrderBy(h => h.Area))
            {
                var explanation = new Explanation();
                var amount = fund.EmployeeMaximumFor(line.OrgUnitId, line.Area, coefficients, explanation).Amount;
                maxima.Add(new MaximumLine(line.OrgUnitId, line.Area, amount, explanation.Lines));
            }
        }

        return new FundPageData(units, coefficients, maxima);
    }
}
