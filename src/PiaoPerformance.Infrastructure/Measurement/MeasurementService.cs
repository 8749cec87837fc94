using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Measurement;

/// <summary>
/// The NIV's measure of each objective (issue 7 item 2, SPEC §2.1-2.7): the value proposed by the card's rule from the
/// report, override with reason, third-party delay, exclusion, events after planning, each member's sign-off and the
/// board's agreed value. Only NIV members, with the plan in Rendicontazione or Valutazione NIV (403 otherwise); each
/// write refreshes the proposal from the current report first, so a late report withdraws sign-offs on a stale value.
/// A null year is the first year of the plan's cycle.
/// </summary>
public sealed class MeasurementService(IDbContextFactory<PiaoDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Applies the NIV's choices; what <paramref name="input"/> leaves unset is cleared. Returns the new version.</summary>
    public Task<uint> SaveAsync(Actor actor, Guid objectiveId, int? year, MeasureInput input, uint? version, CancellationToken ct = default) =>
        ChangeAsync(actor, objectiveId, year, version, (_, measure) =>
        {
            if (input.OverridePct is { } pct)
            {
                if (pct != measure.OverridePct || input.OverrideReason?.Trim() != measure.OverrideReason)
                {
                    measure.Override(pct, input.OverrideReason);
                }
            }
            else
            {
                measure.ClearOverride();
            }

            if (input.ThirdPartyDelay)
            {
                if (!measure.ThirdPartyDelay || input.ThirdPartyReason?.Trim() != measure.ThirdPartyReason || input.ThirdPartyEvidence?.Trim() != measure.ThirdPartyEvidence)
                {
                    measure.MarkThirdPartyDelay(input.ThirdPartyReason, input.ThirdPartyEvidence);
                }
            }
            else
            {
                measure.ClearThirdPartyDelay();
            }

            if (input.Excluded)
            {
                if (!measure.Excluded || input.ExclusionReason?.Trim() != measure.ExclusionReason)
                {
                    measure.Exclude(input.ExclusionReason);
                }
            }
            else
            {
                measure.Include();
            }

            return Task.CompletedTask;
        }, ct);

    /// <summary>Records an event after planning (SPEC §2.6).</summary>
    public Task<uint> AddEventAsync(Actor actor, Guid objectiveId, int? year, DateOnly? date, string? description, uint? version, CancellationToken ct = default) =>
        ChangeAsync(actor, objectiveId, year, version, (_, measure) =>
        {
            measure.RecordEvent(date ?? throw new DomainException("Data della sopravvenienza: campo obbligatorio.", "date"), description, actor.PersonId, clock.GetUtcNow());
            return Task.CompletedTask;
        }, ct);

    /// <summary>The acting NIV member signs the measure as it stands.</summary>
    public Task<uint> SignOffAsync(Actor actor, Guid objectiveId, int? year, uint? version, CancellationToken ct = default) =>
        ChangeAsync(actor, objectiveId, year, version, (_, measure) =>
        {
            measure.SignOff(actor.PersonId, clock.GetUtcNow());
            return Task.CompletedTask;
        }, ct);

    /// <summary>Records the board's agreed value once every member in office has signed it; the measure becomes final.</summary>
    public Task<uint> AgreeAsync(Actor actor, Guid objectiveId, int? year, uint? version, CancellationToken ct = default) =>
        ChangeAsync(actor, objectiveId, year, version, async (db, measure) =>
        {
            var now = clock.GetUtcNow();
            var board = await MeasurementLoad.BoardAsync(db, actor.MunicipalityId, DateOnly.FromDateTime(ItalianTime.ToLocal(now).DateTime), ct);
            measure.Agree(board, actor.PersonId, now);
            var (plan, objective) = await MeasurementLoad.LockedAsync(db, actor, objectiveId, ct);
            measure.WriteRealizzata(plan, objective);
        }, ct);

    private async Task<uint> ChangeAsync(Actor actor, Guid objectiveId, int? year, uint? version,
        Func<PiaoDbContext, ObjectiveMeasurement, Task> change, CancellationToken ct)
    {
        await using var db = (await contextFactory.CreateDbContextAsync(ct)).AuditAs(actor);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (plan, objective) = await MeasurementLoad.LockedAsync(db, actor, objectiveId, ct);
        if (AccessRules.WhyCannotMeasure(actor, plan) is { } refusal)
        {
            throw new AccessDeniedException(refusal);
        }

        var measureYear = year ?? plan.StartYear;
        var measure = await db.ObjectiveMeasurements().FirstOrDefaultAsync(m => m.ObjectiveId == objectiveId && m.Year == measureYear, ct);
        if (measure is null)
        {
            measure = new ObjectiveMeasurement(plan, objective, measureYear);
            db.ObjectiveMeasurements().Add(measure);
        }

        var report = await db.ObjectiveReports().AsNoTracking().FirstOrDefaultAsync(r => r.ObjectiveId == objectiveId && r.Year == measureYear, ct);
        measure.Prefill(AchievementPrefill.Compute(objective.AchievementRule, report).Pct);
        await change(db, measure);
        var saved = await MeasurementLoad.SaveAsync(db, measure, version, clock.GetUtcNow(), ct);
        await transaction.CommitAsync(ct);
        return saved;
    }
}
