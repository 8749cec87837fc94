namespace PiaoPerformance.Domain.Lifecycle;

/// <summary>
/// The Segretario's approval of one version of the plan, with the Giunta deliberation that adopts it (SPEC §1.2:
/// "approvato con delibera di Giunta Comunale N. 265 DEL 20/06/2023", S3:1195).
/// </summary>
public sealed record PlanApproval(string DeliberationNumber, DateOnly DeliberationDate, DateTimeOffset ApprovedAt, Guid ApprovedByPersonId);
