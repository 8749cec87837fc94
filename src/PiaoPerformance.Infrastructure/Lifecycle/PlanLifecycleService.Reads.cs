using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Lifecycle;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Planning;

namespace PiaoPerformance.Infrastructure.Lifecycle;

// What the lifecycle panel and the versions pages read.
public sealed partial class PlanLifecycleService
{
    /// <summary>The plan's state, version and units, with what the actor may do; null for a plan the actor cannot read.</summary>
    public async Task<PlanLifecycleView?> GetAsync(Actor actor, Guid planId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == planId, ct);
        return plan is not null && AccessRules.CanReadPlan(actor, plan) ? await ViewAsync(db, actor, plan, ct) : null;
    }

    /// <summary>The approved versions of the plan, oldest first; null for a plan the actor cannot read.</summary>
    public async Task<IReadOnlyList<PlanVersionSummary>?> ListVersionsAsync(Actor actor, Guid planId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == planId, ct);
        if (plan is null || !AccessRules.CanReadPlan(actor, plan))
        {
            return null;
        }

        var versions = await Snapshots(db, plan).OrderBy(s => s.VersionNumber)
            .Select(s => new { s.VersionNumber, s.DeliberationNumber, s.DeliberationDate, s.ApprovedAt, s.ApprovedBy, s.VariationReason, s.VariationActNumber, s.VariationActDate })
            .ToListAsync(ct);
        return versions.Select(s => new PlanVersionSummary(s.VersionNumber, s.DeliberationNumber, s.DeliberationDate, s.ApprovedAt, s.ApprovedBy,
            s.VariationReason, s.VariationActNumber, s.VariationActDate, IsCurrent(plan, s.VersionNumber))).ToList();
    }

    /// <summary>Version <paramref name="number"/> as it read when approved; null when there is none for the actor.</summary>
    public async Task<PlanVersionView?> GetVersionAsync(Actor actor, Guid planId, int number, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == planId, ct);
        if (plan is null || !AccessRules.CanReadPlan(actor, plan))
        {
            return null;
        }

        var s = await Snapshots(db, plan).FirstOrDefaultAsync(v => v.VersionNumber == number, ct);
        return s is null ? null : new PlanVersionView(
            new PlanVersionSummary(s.VersionNumber, s.DeliberationNumber, s.DeliberationDate, s.ApprovedAt, s.ApprovedBy,
                s.VariationReason, s.VariationActNumber, s.VariationActDate, IsCurrent(plan, s.VersionNumber)),
            PlanSnapshotJson.Deserialize(s.PlanJson));
    }

    private static IQueryable<PlanVersionSnapshot> Snapshots(PiaoDbContext db, PlanCycle plan) =>
        db.Set<PlanVersionSnapshot>().AsNoTracking().Where(s => s.PlanCycleId == plan.Id && s.MunicipalityId == plan.MunicipalityId);

    private static bool IsCurrent(PlanCycle plan, int number) => number == plan.VersionNumber && plan.Approval is not null;

    private static async Task<PlanLifecycleView> ViewAsync(PiaoDbContext db, Actor actor, PlanCycle plan, CancellationToken ct)
    {
        var withCards = (await UnitsWithCardsAsync(db, plan.Id, ct)).ToHashSet();
        var units = await db.OrgUnits.AsNoTracking()
            .Where(u => u.MunicipalityId == plan.MunicipalityId && withCards.Contains(u.Id))
            .OrderBy(u => u.SortOrder).ToListAsync(ct);
        var variation = plan.CurrentVariation;
        var people = plan.Submissions.Select(s => s.ChangedByPersonId)
            .Append(plan.Approval?.ApprovedByPersonId ?? Guid.Empty)
            .Append(variation?.RecordedByPersonId ?? Guid.Empty)
            .Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        string NameOf(Guid id) => names.GetValueOrDefault(id) ?? "";

        var manages = AccessRules.CanManagePlan(actor, plan);
        var approvable = manages && PlanLifecycle.CanBeApproved(plan.State);
        var problems = approvable ? await ProblemsAsync(db, plan, ct) : [];
        var unitViews = units.Select(u =>
        {
            var submission = plan.Submissions.FirstOrDefault(s => s.OrgUnitId == u.Id);
            var submitted = plan.IsUnitSubmitted(u.Id);
            return new UnitSubmissionView(u.Id, u.Kind, u.Code, u.Heading ?? u.Name, submitted, submission?.ChangedAt,
                submission is null ? null : NameOf(submission.ChangedByPersonId), submission?.ReturnReason,
                CanSubmit: !submitted && AccessRules.CanSubmitUnit(actor, plan, u.Id),
                CanReturn: submitted && approvable);
        }).ToList();

        return new PlanLifecycleView(
            plan.Id,
            plan.State,
            plan.VersionNumber,
            plan.IsFrozen,
            plan.Approval is { } a ? new PlanApprovalView(a.DeliberationNumber, a.DeliberationDate, a.ApprovedAt, NameOf(a.ApprovedByPersonId)) : null,
            variation is null ? null : new PlanVariationView(variation.VersionNumber, variation.Reason, variation.ActNumber, variation.ActDate,
                variation.RecordedAt, NameOf(variation.RecordedByPersonId)),
            unitViews,
            PlanLifecycle.Next(plan.State),
            new LifecycleActions(
                Approve: approvable,
                Advance: AccessRules.CanAdvancePlan(actor, plan),
                StartVariation: manages && PlanLifecycle.AllowsVariation(plan.State),
                ReturnUnits: approvable),
            problems);
    }

    private static async Task<IReadOnlyList<ApprovalProblem>> ProblemsAsync(PiaoDbContext db, PlanCycle plan, CancellationToken ct)
    {
        var data = await PlanData.LoadAsync(db, plan, ct);
        return ApprovalCheck.Problems(data.Units, data.Managers, data.People, data.Objectives, data.Municipality.Settings);
    }
}
