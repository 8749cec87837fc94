using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Lifecycle;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Lifecycle;

/// <summary>
/// One approved version of a plan as it read when the Segretario approved it: the plan's read model as JSON, with
/// the approval and the variazione that opened the version. Written once at approval and never changed, so a
/// variazione leaves the earlier versions readable.
/// </summary>
public sealed class PlanVersionSnapshot : ITenantOwned
{
    private PlanVersionSnapshot()
    {
    }

    public PlanVersionSnapshot(PlanCycle plan, string approvedBy, string planJson)
    {
        var approval = plan.Approval ?? throw new InvalidOperationException("Only an approved version is kept as a snapshot.");
        Id = Ids.New();
        MunicipalityId = plan.MunicipalityId;
        PlanCycleId = plan.Id;
        VersionNumber = plan.VersionNumber;
        DeliberationNumber = approval.DeliberationNumber;
        DeliberationDate = approval.DeliberationDate;
        ApprovedAt = approval.ApprovedAt;
        ApprovedByPersonId = approval.ApprovedByPersonId;
        ApprovedBy = approvedBy;
        if (plan.CurrentVariation is { } variation)
        {
            VariationReason = variation.Reason;
            VariationActNumber = variation.ActNumber;
            VariationActDate = variation.ActDate;
        }

        PlanJson = planJson;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid PlanCycleId { get; private set; }

    public int VersionNumber { get; private set; }

    public string DeliberationNumber { get; private set; } = "";

    public DateOnly DeliberationDate { get; private set; }

    public DateTimeOffset ApprovedAt { get; private set; }

    public Guid ApprovedByPersonId { get; private set; }

    /// <summary>The approver's name as it was at approval.</summary>
    public string ApprovedBy { get; private set; } = "";

    /// <summary>Why the version was opened (null for version 1).</summary>
    public string? VariationReason { get; private set; }

    public string? VariationActNumber { get; private set; }

    public DateOnly? VariationActDate { get; private set; }

    /// <summary>The <see cref="Planning.PlanView"/> of the version (<see cref="PlanSnapshotJson"/>).</summary>
    public string PlanJson { get; private set; } = "";
}
