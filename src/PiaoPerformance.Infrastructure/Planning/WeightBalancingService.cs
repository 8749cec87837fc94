using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Lifecycle;

namespace PiaoPerformance.Infrastructure.Planning;

/// <summary>
/// "Pesi uguali" on one position of a plan (<see cref="EqualWeights"/>): every own card of the unit and person
/// evaluated gets the same weight so the total reaches the ente's required one. All the cards change in one transaction
/// with the plan's row held shared (<see cref="PlanLock"/>), each against the version the page read, or none does.
/// </summary>
public sealed class WeightBalancingService(IDbContextFactory<PiaoDbContext> contextFactory)
{
    public const string DefaultReason = "Pesi uguali (ripartizione lineare)";

    public const string ChangedMessage =
        "Le schede di questa posizione sono cambiate nel frattempo: ricarica la pagina e riprova.";

    /// <summary>
    /// The positions of the plan where the actor may apply equal weights now (they may change every card of it,
    /// <see cref="AccessRules.CanEditObjective"/>), each with the versions of its cards: the token the action sends back.
    /// Null for a plan the actor cannot read; empty outside Bozza.
    /// </summary>
    public async Task<IReadOnlyList<EqualWeightsOffer>?> OffersAsync(Actor actor, Guid planId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == planId, ct);
        if (plan is null || !AccessRules.CanReadPlan(actor, plan))
        {
            return null;
        }

        // Only a responsabile or the Segretario can change cards: everyone else is answered without reading them.
        var unitIds = actor.Units.Select(u => u.OrgUnitId).ToList();
        var everyUnit = actor.Has(AppRole.Segretario);
        if (plan.State != PlanState.Bozza || (!everyUnit && unitIds.Count == 0))
        {
            return [];
        }

        // Only the unit cards of the units in question: the offers need each position's cards, not its total.
        var cards = await db.Objectives.AsNoTracking()
            .Where(o => o.PlanCycleId == plan.Id && o.Kind == ObjectiveKind.Unit && o.OwnerUnitId != null
                && (everyUnit || unitIds.Contains(o.OwnerUnitId.Value)))
            .ToListAsync(ct);
        var ids = cards.Select(c => c.Id).ToList();
        var versions = await db.Objectives.Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, Version = EF.Property<uint>(o, RowVersionCheck.Property) })
            .ToDictionaryAsync(o => o.Id, o => o.Version, ct);
        return cards
            .Select(c => (UnitId: c.OwnerUnitId!.Value, c.ResponsiblePersonId)).Distinct()
            .Select(p => (Position: p, Cards: WeightTotals.OwnObjectivesOf(cards, p.UnitId, p.ResponsiblePersonId)))
            .Where(p => p.Cards.Count > 0 && p.Cards.All(c => AccessRules.CanEditObjective(actor, plan, c, plan.IsUnitSubmitted(p.Position.UnitId))))
            .OrderBy(p => p.Cards[0].SortOrder)
            .Select(p => new EqualWeightsOffer(p.Position.UnitId, p.Position.ResponsiblePersonId, p.Cards.ToDictionary(c => c.Id, c => versions.GetValueOrDefault(c.Id))))
            .ToList();
    }

    /// <summary>
    /// Gives the own cards of the position (unit <paramref name="unitId"/>, person evaluated
    /// <paramref name="responsiblePersonId"/>; null: the unit's heads together) equal weights. <paramref name="versions"/>
    /// are the cards' versions as read (<see cref="EqualWeightsOffer.Versions"/>); a card added, removed or saved since
    /// then is a conflict. Returns the position's new total and the cards' new versions.
    /// </summary>
    /// <exception cref="NotFoundException">No such plan, unit or position in the actor's ente.</exception>
    /// <exception cref="AccessDeniedException">The actor may not change one of the cards now (Italian reason); nothing is saved.</exception>
    /// <exception cref="DomainException">The cross-cutting weight alone exceeds the required total; nothing is saved.</exception>
    /// <exception cref="ConcurrencyConflictException">The position's cards changed since they were read; nothing is saved.</exception>
    public async Task<EqualWeightsResult> ApplyAsync(Actor actor, Guid planId, Guid unitId, Guid? responsiblePersonId,
        IReadOnlyDictionary<Guid, uint> versions, string? reason = null, CancellationToken ct = default)
    {
        await using var db = (await contextFactory.CreateDbContextAsync(ct)).AuditAs(actor, reason ?? DefaultReason);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var plan = await PlanLock.LoadAsync(db, actor, planId, PlanLock.Mode.Shared, ct);
        var tenant = plan.MunicipalityId;
        var settings = (await db.Municipalities.AsNoTracking().FirstAsync(m => m.Id == tenant, ct)).Settings;
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.MunicipalityId == tenant).ToListAsync(ct);
        var managers = await db.ManagerAssignments.AsNoTracking().Where(m => m.MunicipalityId == tenant).ToListAsync(ct);
        var objectives = await db.Objectives.Where(o => o.PlanCycleId == plan.Id).AsSplitQuery().ToListAsync(ct);
        var position = WeightTotals.Compute(units, managers, objectives, settings)
            .FirstOrDefault(p => p.UnitId == unitId && p.ResponsiblePersonId == responsiblePersonId)
            ?? throw new NotFoundException("Nessun obiettivo proprio per questa unità e questo responsabile.");
        var cards = WeightTotals.OwnObjectivesOf(objectives, unitId, responsiblePersonId);
        foreach (var card in cards)
        {
            if (AccessRules.WhyCannotEditObjective(actor, plan, card, plan.IsUnitSubmitted(unitId)) is { } refusal)
            {
                throw new AccessDeniedException(refusal);
            }
        }

        if (cards.Count != versions.Count || cards.Any(c => !versions.ContainsKey(c.Id)))
        {
            throw new ConcurrencyConflictException(ChangedMessage);
        }

        foreach (var card in cards)
        {
            db.Entry(card).Property<uint>(RowVersionCheck.Property).OriginalValue = versions[card.Id];
        }

        EqualWeights.Apply(position, cards);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException(ChangedMessage, ex);
        }

        await transaction.CommitAsync(ct);
        var after = WeightTotals.Compute(units, managers, objectives, settings)
            .First(p => p.UnitId == unitId && p.ResponsiblePersonId == responsiblePersonId);
        var names = await db.People.AsNoTracking().Where(p => after.PersonIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        return new EqualWeightsResult(
            new WeightTotalView(after.ResponsiblePersonId, after.PersonIds.Select(id => names.GetValueOrDefault(id) ?? "").ToList(), after.IsSecretary,
                after.ObjectiveCount, after.OwnWeight, after.CrossCuttingWeight, after.Total, after.Missing, after.Mode, after.IsComplete),
            cards.Select(c => new CardWeight(c.Id, c.Weight ?? 0m, db.Entry(c).Property<uint>(RowVersionCheck.Property).CurrentValue)).ToList());
    }
}

/// <summary>A position where the actor may apply equal weights, with its cards' versions as read.</summary>
public sealed record EqualWeightsOffer(Guid UnitId, Guid? ResponsiblePersonId, IReadOnlyDictionary<Guid, uint> Versions);

/// <summary>The position after equal weights: its total and each card's new weight and version.</summary>
public sealed record EqualWeightsResult(WeightTotalView Total, IReadOnlyList<CardWeight> Cards);

public sealed record CardWeight(Guid Id, decimal Weight, uint Version);
