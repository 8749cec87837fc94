using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Lifecycle;

namespace PiaoPerformance.Infrastructure.Planning;

/// <summary>
/// Changes objective cards for an actor. Each change loads the card in a fresh context with its plan's row held
/// shared (<see cref="PlanLock"/>: no approval can slip in between), asks <see cref="AccessRules"/> whether the
/// actor may change it in the plan's state, applies the entity's own methods and saves against the version the
/// form was loaded with (ADR-006).
/// </summary>
public sealed class ObjectiveEditService(IDbContextFactory<PiaoDbContext> contextFactory)
{
    /// <summary>
    /// Replaces the card's descriptive fields, weight and yearly targets. <paramref name="version"/> is the
    /// <see cref="ObjectiveView.Version"/> the form was loaded with. Returns the card's new version.
    /// </summary>
    /// <exception cref="NotFoundException">No such card in the actor's ente.</exception>
    /// <exception cref="AccessDeniedException">The actor may not change it now (Italian reason).</exception>
    /// <exception cref="DomainException">A value breaks a rule of the card; nothing is saved.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone saved the card since <paramref name="version"/>; nothing is saved.</exception>
    public async Task<uint> UpdateAsync(Actor actor, Guid objectiveId, ObjectiveEdit edit, uint version, string? reason = null, CancellationToken ct = default)
    {
        await using var db = (await contextFactory.CreateDbContextAsync(ct)).AuditAs(actor, reason);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var planId = await db.Objectives.Where(o => o.Id == objectiveId && o.MunicipalityId == actor.MunicipalityId)
            .Select(o => (Guid?)o.PlanCycleId).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Obiettivo non trovato.");
        var plan = await PlanLock.LoadAsync(db, actor, planId, PlanLock.Mode.Shared, ct);
        var objective = await db.Objectives.FirstAsync(o => o.Id == objectiveId, ct);
        var unitSubmitted = objective.OwnerUnitId is { } unit && plan.IsUnitSubmitted(unit);
        if (AccessRules.WhyCannotEditObjective(actor, plan, objective, unitSubmitted) is { } refusal)
        {
            throw new AccessDeniedException(refusal);
        }

        db.Entry(objective).Property<uint>(RowVersionCheck.Property).OriginalValue = version;
        Apply(edit, objective, plan);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException(inner: ex);
        }

        await transaction.CommitAsync(ct);
        return db.Entry(objective).Property<uint>(RowVersionCheck.Property).CurrentValue;
    }

    private static void Apply(ObjectiveEdit edit, Objective objective, PlanCycle plan)
    {
        objective.Describe(edit.Theme, edit.Title, edit.Description, edit.ExpectedResult, edit.VerificationMethod);
        objective.SetWeight(edit.Weight);
        foreach (var target in edit.YearTargets ?? [])
        {
            objective.SetYearTarget(plan, target.Year, target.ExpectedPct, target.NotApplicable);
        }
    }
}
