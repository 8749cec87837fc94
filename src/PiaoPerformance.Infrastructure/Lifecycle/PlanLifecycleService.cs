using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Lifecycle;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Planning;

namespace PiaoPerformance.Infrastructure.Lifecycle;

/// <summary>
/// Moves a plan along its lifecycle for an actor: per-unit submission, sending a unit back, approval with the Giunta
/// deliberation (and a snapshot of the approved version), the forward steps, the variazione. Each command runs in
/// its own context and transaction with the plan's row locked (<see cref="PlanLock"/>), asks
/// <see cref="AccessRules"/> who may act, lets <see cref="PlanCycle"/> keep the states consistent, and answers with
/// the plan's lifecycle as the actor now sees it.
/// </summary>
public sealed partial class PlanLifecycleService(IDbContextFactory<PiaoDbContext> contextFactory, TimeProvider clock)
{
    private const string PlanChangedMessage = "Un altro utente ha modificato il piano nel frattempo: ricarica la pagina e riprova.";

    /// <summary>A responsabile (or the Segretario) sends the unit's cards for approval.</summary>
    public Task<PlanLifecycleView> SubmitUnitAsync(Actor actor, Guid planId, Guid unitId, string? reason = null, CancellationToken ct = default) =>
        RunAsync(actor, planId, reason, async (db, plan) =>
        {
            await EnsureUnitOfPlanAsync(db, plan, unitId, ct);
            // Who may send is decided first, in every state (a wrong role is 403 whatever the plan's state);
            // then, outside Bozza, the domain says why nothing can be sent (400).
            if (!AccessRules.Heads(actor, unitId, null) && !actor.Has(AppRole.Segretario))
            {
                throw new AccessDeniedException(AccessRules.NotHeadOfUnit);
            }

            plan.SubmitUnit(unitId, await UnitsWithCardsAsync(db, plan.Id, ct), actor.PersonId, clock.GetUtcNow());
        }, ct);

    /// <summary>The Segretario sends a unit's cards back to Bozza with a reason.</summary>
    public Task<PlanLifecycleView> ReturnUnitAsync(Actor actor, Guid planId, Guid unitId, string reason, CancellationToken ct = default) =>
        RunAsync(actor, planId, reason, async (db, plan) =>
        {
            await EnsureUnitOfPlanAsync(db, plan, unitId, ct);
            EnsureManages(actor, plan, "Solo il Segretario può restituire le schede di un'unità.");
            plan.ReturnUnit(unitId, reason, actor.PersonId, clock.GetUtcNow());
        }, ct);

    /// <summary>
    /// The Segretario approves the current version with the Giunta deliberation's number and date. Refused with
    /// <see cref="ApprovalRefusedException"/> listing every problem (<see cref="ApprovalCheck"/>); when approved, the
    /// version is kept as it reads now (<see cref="PlanVersionSnapshot"/>).
    /// </summary>
    public Task<PlanLifecycleView> ApproveAsync(Actor actor, Guid planId, string deliberationNumber, DateOnly deliberationDate, string? reason = null, CancellationToken ct = default) =>
        RunAsync(actor, planId, reason, async (db, plan) =>
        {
            EnsureManages(actor, plan, "Solo il Segretario approva il piano.");
            var data = await PlanData.LoadAsync(db, plan, ct);
            var problems = ApprovalCheck.Problems(data.Units, data.Managers, data.People, data.Objectives, data.Municipality.Settings);
            plan.Approve(problems, deliberationNumber, deliberationDate, actor.PersonId, clock.GetUtcNow());
            db.Set<PlanVersionSnapshot>().Add(new PlanVersionSnapshot(plan, actor.DisplayName, PlanSnapshotJson.Serialize(PlanViewMapper.Map(data))));
        }, ct);

    /// <summary>One step forward from Approvato; Valutazione NIV → Validato is the NIV's (<see cref="PlanLifecycle.Advancer"/>).</summary>
    public Task<PlanLifecycleView> AdvanceAsync(Actor actor, Guid planId, string? reason = null, CancellationToken ct = default) =>
        RunAsync(actor, planId, reason, (_, plan) =>
        {
            // A role that never moves a plan on is refused whatever the state (403, not the state's 400 message).
            var role = PlanLifecycle.Advancer(plan.State);
            if (!AccessRules.CanAdvancePlan(actor, plan) && (role is not null || !(actor.Has(AppRole.Segretario) || actor.Has(AppRole.Niv))))
            {
                throw new AccessDeniedException(role == AppRole.Niv
                    ? "Solo il Nucleo indipendente di valutazione valida il piano."
                    : "Solo il Segretario fa avanzare il piano.");
            }

            plan.Advance();
            return Task.CompletedTask;
        }, ct);

    /// <summary>The Segretario records a variazione: the plan opens its next version in Bozza; the approved one stays readable.</summary>
    public Task<PlanLifecycleView> StartVariationAsync(Actor actor, Guid planId, string reason, string actNumber, DateOnly actDate, CancellationToken ct = default) =>
        RunAsync(actor, planId, reason, (_, plan) =>
        {
            EnsureManages(actor, plan, "Solo il Segretario registra una variazione del piano.");
            plan.StartVariation(reason, actNumber, actDate, actor.PersonId, clock.GetUtcNow());
            return Task.CompletedTask;
        }, ct);

    private async Task<PlanLifecycleView> RunAsync(Actor actor, Guid planId, string? reason, Func<PiaoDbContext, PlanCycle, Task> change, CancellationToken ct)
    {
        await using var db = (await contextFactory.CreateDbContextAsync(ct)).AuditAs(actor, reason);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var plan = await PlanLock.LoadAsync(db, actor, planId, PlanLock.Mode.Exclusive, ct);
            await change(db, plan);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException ex)
            {
                throw new ConcurrencyConflictException(PlanChangedMessage, ex);
            }

            await transaction.CommitAsync(ct);
        }

        return await ViewAsync(db, actor, await db.PlanCycles.AsNoTracking().FirstAsync(c => c.Id == planId, ct), ct);
    }

    private static void EnsureManages(Actor actor, PlanCycle plan, string message)
    {
        if (!AccessRules.CanManagePlan(actor, plan))
        {
            throw new AccessDeniedException(message);
        }
    }

    private static async Task EnsureUnitOfPlanAsync(PiaoDbContext db, PlanCycle plan, Guid unitId, CancellationToken ct)
    {
        if (!await db.OrgUnits.AnyAsync(u => u.Id == unitId && u.MunicipalityId == plan.MunicipalityId, ct))
        {
            throw new NotFoundException("Unità organizzativa non trovata.");
        }
    }

    /// <summary>The units that own cards in the plan: the ones that send them for approval.</summary>
    private static async Task<IReadOnlyCollection<Guid>> UnitsWithCardsAsync(PiaoDbContext db, Guid planId, CancellationToken ct) =>
        await db.Objectives.Where(o => o.PlanCycleId == planId && o.OwnerUnitId != null)
            .Select(o => o.OwnerUnitId!.Value).Distinct().ToListAsync(ct);
}
