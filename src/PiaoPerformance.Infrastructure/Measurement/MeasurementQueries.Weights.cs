using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Measurement;

// The reweighting the NIV sees while excluding objectives (SPEC §2.7): original vs effective weights of a position.
public sealed partial class MeasurementQueries
{
    /// <summary>
    /// The objectives of a unit's position (its own cards of <paramref name="responsiblePersonId"/>, or those with no
    /// named responsible when null, plus the cross-cutting strategic objectives except for the Segreteria, as
    /// <see cref="WeightTotals"/> groups them) with the weight as planned and as reweighted after the NIV's exclusions,
    /// computed by the scoring engine, and the measure of each (agreed, or as it stands). Null for another ente's ids.
    /// </summary>
    public async Task<WeightsView?> GetWeightsAsync(Actor actor, Guid planId, Guid unitId, int? year, Guid? responsiblePersonId = null, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == planId && c.MunicipalityId == actor.MunicipalityId, ct);
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId && u.MunicipalityId == actor.MunicipalityId, ct);
        if (plan is null || unit is null || !AccessRules.CanReadMeasurement(actor, plan.MunicipalityId))
        {
            return null;
        }

        var weightsYear = year ?? plan.StartYear;
        var objectives = await db.Objectives.AsNoTracking()
            .Where(o => o.PlanCycleId == planId && o.Status != ObjectiveStatus.Cancelled
                && ((o.OwnerUnitId == unitId && o.Kind == ObjectiveKind.Unit && o.Level != ObjectiveLevel.Strategic && o.ResponsiblePersonId == responsiblePersonId)
                    || (o.Kind == ObjectiveKind.CrossCutting && o.Level == ObjectiveLevel.Strategic)))
            .OrderBy(o => o.SortOrder).ToListAsync(ct);
        var own = objectives.Where(o => o.OwnerUnitId == unitId).ToList();
        var crossCutting = unit.Kind == OrgUnitKind.Segreteria ? [] : objectives.Where(o => o.OwnerUnitId is null).ToList();
        var position = crossCutting.Concat(own).ToList();
        var ids = position.Select(o => o.Id).ToList();
        var measures = await db.ObjectiveMeasurements().AsNoTracking().Where(m => ids.Contains(m.ObjectiveId) && m.Year == weightsYear).ToDictionaryAsync(m => m.ObjectiveId, ct);
        var reports = await db.ObjectiveReports().AsNoTracking().Where(r => ids.Contains(r.ObjectiveId) && r.Year == weightsYear).ToDictionaryAsync(r => r.ObjectiveId, ct);

        var ownShare = OwnEqualShare(own, crossCutting);
        var rows = position.Select(o =>
        {
            var measure = measures.GetValueOrDefault(o.Id);
            var proposed = AchievementPrefill.Compute(o.AchievementRule, reports.GetValueOrDefault(o.Id)).Pct;
            var pct = measure is null ? proposed : measure.IsFinal ? measure.AgreedPct : Effective(measure, proposed);
            var excluded = measure is { IsFinal: true } ? measure.AgreedExcluded : measure?.Excluded ?? false;
            return (Objective: o, Input: new MeasuredObjective(Code(o), o.Weight ?? (o.OwnerUnitId is null ? null : ownShare), excluded, measure?.ExclusionReason, pct),
                IsFinal: measure?.IsFinal ?? false);
        }).ToList();
        if (rows.Count == 0)
        {
            return new WeightsView(unitId, responsiblePersonId, weightsYear, [], null, true, ["Nessun obiettivo per questa posizione."]);
        }

        var weights = MeasuredWeights.Compute(rows.Select(r => r.Input).ToList());
        return new WeightsView(unitId, responsiblePersonId, weightsYear,
            rows.Select((r, i) => new WeightRowView(r.Objective.Id, r.Input.Code, r.Objective.Title, weights.Rows[i].OriginalWeight, weights.Rows[i].EffectiveWeight,
                r.Input.Excluded, r.Input.ExclusionReason, weights.Rows[i].AchievementPct, r.IsFinal)).ToList(),
            weights.WeightedAchievement, weights.NothingToWeigh, weights.Explanation);
    }

    /// <summary>
    /// Own objectives left to equal weighting beside weighted cross-cutting ones share what those leave (as
    /// <see cref="PositionWeights.Total"/> reads it); null when the own objectives carry weights or nothing is weighted.
    /// </summary>
    private static decimal? OwnEqualShare(IReadOnlyList<Objective> own, IReadOnlyList<Objective> crossCutting) =>
        OwnEqualShare(own.Select(o => o.Weight).ToList(), crossCutting.Select(o => o.Weight).ToList());

    /// <summary>The same share from the weights alone (the dashboard reads objectives as projections).</summary>
    internal static decimal? OwnEqualShare(IReadOnlyList<decimal?> own, IReadOnlyList<decimal?> crossCutting)
    {
        var crossCuttingWeight = crossCutting.Sum(w => w ?? 0m);
        return own.Count > 0 && own.All(w => w is null) && crossCuttingWeight > 0m ? (100m - crossCuttingWeight) / own.Count : null;
    }

    private static string Code(Objective objective) => Code(objective.Code, objective.OwnerUnitId, objective.Number);

    /// <summary>The code an objective shows: its own, or "OS" and its number for a cross-cutting one, or its number.</summary>
    internal static string Code(string? code, Guid? ownerUnitId, int number) =>
        code ?? (ownerUnitId is null ? $"OS{number}" : $"{number}");
}
