namespace PiaoPerformance.Infrastructure.Data;

/// <summary>What one save did to an aggregate root.</summary>
public enum AuditAction
{
    Created,
    Modified,
    Deleted,
}

/// <summary>
/// One row of the append-only audit trail (issue 5): what one save did to one aggregate root, its owned parts folded
/// in. <see cref="PiaoDbContext"/> writes it in the same transaction as the change; the database refuses UPDATE, DELETE
/// and TRUNCATE on its table (migration AuditTrail), so a row once committed stays as written.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Written instead of a secret's value (a password hash, a security stamp): the row shows that it changed, never what it is.</summary>
    public const string Redacted = "***";

    private AuditEntry()
    {
    }

    public AuditEntry(
        Guid correlationId, DateTimeOffset occurredAt, Guid municipalityId, AuditActorSnapshot? actor, string entityType, Guid entityId,
        Guid? personId, AuditAction action, string? oldValues, string? newValues, string? reason)
    {
        CorrelationId = correlationId;
        OccurredAt = occurredAt;
        MunicipalityId = municipalityId;
        ActorAccountId = actor?.AccountId;
        ActorUsername = actor?.Username;
        ActorPersonId = actor?.PersonId;
        ActorName = actor?.DisplayName;
        EntityType = entityType;
        EntityId = entityId;
        PersonId = personId;
        Action = action;
        OldValues = oldValues;
        NewValues = newValues;
        Reason = reason;
    }

    /// <summary>Database identity: increases with every row, so it orders rows written at the same instant.</summary>
    public long Id { get; private set; }

    /// <summary>The save's instant; every row of one save has the same.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The ente the changed entity belongs to (its own id for a <c>Municipality</c>).</summary>
    public Guid MunicipalityId { get; private set; }

    /// <summary>Null for the system: the demo seed, a sign-in's rehash of a password, a save with no actor set.</summary>
    public Guid? ActorAccountId { get; private set; }

    public string? ActorUsername { get; private set; }

    public Guid? ActorPersonId { get; private set; }

    /// <summary>The actor's name as it was at the time of the change.</summary>
    public string? ActorName { get; private set; }

    /// <summary>The aggregate root's type: <c>Objective</c>, <c>Person</c>, <c>PlanCycle</c>, ...</summary>
    public string EntityType { get; private set; } = "";

    public Guid EntityId { get; private set; }

    /// <summary>The person the entity concerns: the person itself, or the person of an account, grant or assignment.</summary>
    public Guid? PersonId { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>
    /// JSON object from field path to value before the change: every field for a deletion, the changed ones for a
    /// modification, null for a creation. Paths name owned parts: <c>YearTargets[2024].ExpectedPct</c>.
    /// </summary>
    public string? OldValues { get; private set; }

    /// <summary>JSON object from field path to value after the change; null for a deletion.</summary>
    public string? NewValues { get; private set; }

    /// <summary>Why, where the operation asks for a reason (a variation of an approved plan, ...).</summary>
    public string? Reason { get; private set; }

    /// <summary>The same for every row written by one save.</summary>
    public Guid CorrelationId { get; private set; }
}

/// <summary>Who made a change, as the audit keeps it: the name is copied, so a later rename does not rewrite history.</summary>
public sealed record AuditActorSnapshot(Guid AccountId, string Username, Guid PersonId, string DisplayName);
