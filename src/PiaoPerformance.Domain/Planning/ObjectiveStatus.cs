namespace PiaoPerformance.Domain.Planning;

/// <summary>"Stato" of an objective: Programmato, In corso, raggiunto, eliminato with a reason (S3:235, S3:332, S3:343).</summary>
public enum ObjectiveStatus
{
    Planned,
    InProgress,
    Achieved,
    Cancelled,
}
