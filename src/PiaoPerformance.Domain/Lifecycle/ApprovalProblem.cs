namespace PiaoPerformance.Domain.Lifecycle;

/// <summary>One reason the plan cannot be approved, in Italian, naming the unit, the person or the card concerned.</summary>
public sealed record ApprovalProblem(ApprovalProblemKind Kind, Guid? UnitId, Guid? ObjectiveId, string Message);
