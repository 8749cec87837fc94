using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Measurement;

namespace PiaoPerformance.Infrastructure.Dashboard;

/// <summary>
/// The charts' reads (issue 10): ente-scoped, checked with <see cref="AccessRules"/>, projections of the rows they
/// show. Every number comes from the domain (the scoring engine's weighting, <c>PremiSummary</c>,
/// <c>DifferentiationCheck</c>) or from the sheets' stored figures: the chart components only draw them.
/// </summary>
public sealed partial class DashboardQueries(IDbContextFactory<PiaoDbContext> contextFactory, Rewards.MoneyService money)
{
    /// <summary>
    /// Per unit position (the cards of one head, with the cross-cutting strategic objectives as the sheets count them)
    /// the weighted achievement of the NIV's agreed measures for <paramref name="year"/>, computed by
    /// <see cref="MeasuredWeights"/> as the NIV's reweighting does; per strategic objective its agreed measure (or, when
    /// it is measured through its operational objectives, their agreed measures weighted by their share of it).
    /// </summary>
    /// <exception cref="NotFoundException">The plan is not of the actor's ente.</exception>
    public async Task<AchievementChartData> AchievementAsync(Actor actor, Guid planId, int? year, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await PlanAsync(db, actor, planId, year, ct);
        if (!AccessRules.CanReadMeasurement(actor, plan.MunicipalityId))
        {
            throw new AccessDeniedException("Il raggiungimento degli obiettivi è consultato dagli utenti dell'ente.");
        }

        var chosen = year ?? plan.StartYear;
        var objectives = await db.Objectives.AsNoTracking()
            .Where(o => o.PlanCycleId == planId && o.Status != ObjectiveStatus.Cancelled)
            .OrderBy(o => o.SortOrder)
            .Select(o => new ObjectiveRow(o.Id, o.Code, o.Number, o.Title, o.OwnerUnitId, o.Kind, o.Level, o.ResponsiblePersonId, o.Weight,
                o.ParentObjectiveId, o.ShareOfParentPct))
            .ToListAsync(ct);
        var agreed = await db.ObjectiveMeasurements().AsNoTracking()
            .Where(m => m.PlanCycleId == planId && m.Year == chosen && m.AgreedAt != null)
            .Select(m => new AgreedRow(m.ObjectiveId, m.AgreedPct, m.AgreedExcluded, m.ExclusionReason))
            .ToDictionaryAsync(m => m.ObjectiveId, ct);
        var unitIds = objectives.Where(o => o.OwnerUnitId is not null).Select(o => o.OwnerUnitId!.Value).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.MunicipalityId == actor.MunicipalityId && unitIds.Contains(u.Id))
            .OrderBy(u => u.SortOrder).Select(u => new { u.Id, u.Name, u.Kind }).ToListAsync(ct);
        var heads = objectives.Where(o => o.ResponsiblePersonId is not null).Select(o => o.ResponsiblePersonId!.Value).Distinct().ToList();
        var people = (await db.People.AsNoTracking().Where(p => p.MunicipalityId == actor.MunicipalityId && heads.Contains(p.Id)).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => p.DisplayName);

        var crossCutting = objectives.Where(o => o.Kind == ObjectiveKind.CrossCutting && o.Level == ObjectiveLevel.Strategic).ToList();
        var bars = new List<AchievementBar>();
        foreach (var unit in units)
        {
            var own = objectives.Where(o => o.OwnerUnitId == unit.Id && o.Kind == ObjectiveKind.Unit && o.Level != ObjectiveLevel.Strategic).ToList();
            var positions = own.GroupBy(o => o.ResponsiblePersonId).ToList();
            foreach (var position in positions)
            {
                var label = positions.Count == 1 || position.Key is not { } head
                    ? unit.Name
                    : $"{unit.Name} – obiettivi di {people.GetValueOrDefault(head, "responsabile")}";
                var set = (unit.Kind == OrgUnitKind.Segreteria ? [] : crossCutting).Concat(position).ToList();
                bars.Add(Position(label, position.ToList(), unit.Kind == OrgUnitKind.Segreteria ? [] : crossCutting, set, agreed));
            }
        }

        var strategic = objectives.Where(o => o.Level == ObjectiveLevel.Strategic)
            .Select(o => Strategic(o, objectives.Where(c => c.ParentObjectiveId == o.Id).ToList(), agreed)).ToList();
        return new AchievementChartData(planId, chosen, bars, strategic);
    }

    private static AchievementBar Position(string label, IReadOnlyList<ObjectiveRow> own, IReadOnlyList<ObjectiveRow> crossCutting, IReadOnlyList<ObjectiveRow> set,
        IReadOnlyDictionary<Guid, AgreedRow> agreed)
    {
        var share = MeasurementQueries.OwnEqualShare(own.Select(o => o.Weight).ToList(), crossCutting.Select(o => o.Weight).ToList());
        var inputs = set.Select(o => Measured(o, o.Weight ?? (o.OwnerUnitId is null ? null : share), agreed)).ToList();
        return new AchievementBar(label, Weighted(inputs), set.Count(o => agreed.ContainsKey(o.Id)), set.Count);
    }

    private static AchievementBar Strategic(ObjectiveRow objective, IReadOnlyList<ObjectiveRow> children, IReadOnlyDictionary<Guid, AgreedRow> agreed)
    {
        var label = $"{MeasurementQueries.Code(objective.Code, objective.OwnerUnitId, objective.Number)} {objective.Title}";
        if (agreed.TryGetValue(objective.Id, out var own) || children.Count == 0 || children.Any(c => c.ShareOfParentPct is null))
        {
            return new AchievementBar(label, own is { AgreedExcluded: false } ? own.AgreedPct : null, own is null ? 0 : 1, 1, own?.AgreedExcluded ?? false);
        }

        var inputs = children.Select(c => Measured(c, c.ShareOfParentPct, agreed)).ToList();
        return new AchievementBar(label, Weighted(inputs), children.Count(c => agreed.ContainsKey(c.Id)), children.Count);
    }

    private static MeasuredObjective Measured(ObjectiveRow o, decimal? weight, IReadOnlyDictionary<Guid, AgreedRow> agreed)
    {
        var measure = agreed.GetValueOrDefault(o.Id);
        return new MeasuredObjective(MeasurementQueries.Code(o.Code, o.OwnerUnitId, o.Number), weight, measure?.AgreedExcluded ?? false, measure?.ExclusionReason,
            measure?.AgreedPct);
    }

    // The engine's weighted achievement; null while a kept objective has no agreed measure or the weights do not add up.
    private static decimal? Weighted(IReadOnlyList<MeasuredObjective> inputs)
    {
        if (inputs.Count == 0)
        {
            return null;
        }

        try
        {
            return MeasuredWeights.Compute(inputs).WeightedAchievement;
        }
        catch (DomainException)
        {
            return null;
        }
    }

    private static async Task<PlanCycle> PlanAsync(PiaoDbContext db, Actor actor, Guid planId, int? year, CancellationToken ct)
    {
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.MunicipalityId == actor.MunicipalityId, ct)
            ?? throw new NotFoundException("Piano non trovato.");
        if (year is { } y && !plan.Contains(y))
        {
            throw new DomainException($"L'anno {y} non è del piano {plan.StartYear}-{plan.EndYear}.", "year");
        }

        return plan;
    }

    private sealed record ObjectiveRow(Guid Id, string? Code, int Number, string Title, Guid? OwnerUnitId, ObjectiveKind Kind, ObjectiveLevel Level,
        Guid? ResponsiblePersonId, decimal? Weight, Guid? ParentObjectiveId, decimal? ShareOfParentPct);

    private sealed record AgreedRow(Guid ObjectiveId, decimal? AgreedPct, bool AgreedExcluded, string? ExclusionReason);
}
