using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Indicators;
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
public sealed partial class ObjectiveEditService(IDbContextFactory<PiaoDbContext> contextFactory)
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
        await ApplyAsync(db, edit, objective, plan, ct);
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

    /// <summary>
    /// Creates an operational objective of <see cref="ObjectiveCreate.UnitId"/> with the next free number of the
    /// unit, and applies the rest of the card in the same save. The access rule is the one for changing a card of
    /// that unit. Returns the new card's id and version.
    /// </summary>
    /// <exception cref="NotFoundException">No such plan or unit in the actor's ente.</exception>
    /// <exception cref="AccessDeniedException">The actor may not add cards to the unit now (Italian reason).</exception>
    /// <exception cref="DomainException">A value breaks a rule of the card; nothing is saved.</exception>
    public async Task<(Guid Id, uint Version)> CreateAsync(Actor actor, ObjectiveCreate create, string? reason = null, CancellationToken ct = default)
    {
        await using var db = (await contextFactory.CreateDbContextAsync(ct)).AuditAs(actor, reason);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var plan = await PlanLock.LoadAsync(db, actor, create.PlanId, PlanLock.Mode.Shared, ct);
        var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == create.UnitId && u.MunicipalityId == actor.MunicipalityId, ct)
            ?? throw new NotFoundException("Unità organizzativa non trovata.");
        var numbers = await db.Objectives
            .Where(o => o.PlanCycleId == plan.Id && o.OwnerUnitId == unit.Id && o.Level == ObjectiveLevel.Operational)
            .Select(o => o.Number).ToListAsync(ct);
        var objective = new Objective(plan, ObjectiveLevel.Operational, ObjectiveKind.Unit, numbers.Count == 0 ? 1 : numbers.Max() + 1,
            create.Card.Title, unit);
        if (AccessRules.WhyCannotEditObjective(actor, plan, objective, plan.IsUnitSubmitted(unit.Id)) is { } refusal)
        {
            throw new AccessDeniedException(refusal);
        }

        await ApplyAsync(db, create.Card, objective, plan, ct);
        db.Objectives.Add(objective);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (objective.Id, db.Entry(objective).Property<uint>(RowVersionCheck.Property).CurrentValue);
    }

    private static async Task ApplyAsync(PiaoDbContext db, ObjectiveEdit edit, Objective objective, PlanCycle plan, CancellationToken ct)
    {
        objective.Describe(edit.Theme, edit.Title, edit.Description, edit.ExpectedResult, edit.VerificationMethod);
        objective.SetWeight(edit.Weight);
        foreach (var target in edit.YearTargets ?? [])
        {
            objective.SetYearTarget(plan, target.Year, target.ExpectedPct, target.NotApplicable);
        }

        if (edit.Schedule is { } schedule)
        {
            objective.Schedule(schedule.Start, schedule.EndDate, schedule.EndText);
        }

        if (edit.MandateLineIds is { } lineIds)
        {
            var lines = await db.MandateLines.Where(l => lineIds.Contains(l.Id) && l.MunicipalityId == objective.MunicipalityId).ToListAsync(ct);
            if (lines.Count != lineIds.Distinct().Count())
            {
                throw new DomainException("Una linea di mandato scelta non esiste.", nameof(Objective.MandateLines));
            }

            objective.SetMandateLines(lines);
        }

        if (edit.DupCode is { } dup)
        {
            var code = dup.DupCodeId is { } dupId
                ? await db.DupCodes.FirstOrDefaultAsync(d => d.Id == dupId && d.MunicipalityId == objective.MunicipalityId, ct)
                    ?? throw new DomainException("Il codice DUP scelto non esiste.", nameof(Objective.DupCode))
                : null;
            objective.SetDupCode(code);
        }

        if (edit.Indicators is { } indicators)
        {
            var kept = indicators.Where(i => i.Id is not null).Select(i => i.Id!.Value).ToHashSet();
            foreach (var gone in objective.Indicators.Where(i => !kept.Contains(i.Id)).ToList())
            {
                objective.RemoveIndicator(gone.Id);
            }

            foreach (var indicator in indicators)
            {
                var draft = new IndicatorDraft(indicator.Name, indicator.FormulaText, indicator.Unit, indicator.Polarity,
                    indicator.Target, indicator.Baseline, indicator.DataSource);
                if (indicator.Id is { } id)
                {
                    objective.ReviseIndicator(id, draft);
                }
                else
                {
                    objective.AddIndicator(draft);
                }
            }
        }

        if (edit.Phases is { } phases)
        {
            objective.SetPhases(phases.Select(p => new PhaseDraft(p.Title, p.DueDate, p.Completed)));
        }

        if (edit.Rule is { } rule)
        {
            objective.SetAchievementRule(rule.Kind is { } kind
                ? new AchievementRule(kind, rule.Steps.Select(s => new AchievementStep(s.Label, s.AchievementPct, s.LowerBound)), rule.MeasureUnit)
                : null);
        }

        if (edit.IsContingent is { } contingent)
        {
            objective.MarkContingent(contingent);
        }

        await ApplyPartsAsync(db, edit, objective, plan, ct);
    }
}
