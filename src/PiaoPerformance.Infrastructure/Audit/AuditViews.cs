using System.Text.Json.Nodes;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Audit;

/// <summary>
/// What the audit page and <c>GET /api/v1/audit</c> ask for: rows about one entity (an objective, a person, ...), rows by
/// or about one person, rows of a period (days in Rome's time, both included), one page of them.
/// </summary>
public sealed record AuditFilter(Guid? EntityId = null, Guid? PersonId = null, DateOnly? From = null, DateOnly? To = null, int Page = 1);

/// <summary>
/// One page of the audit, newest first, with <see cref="Names"/>: the ente's people, units, objectives, plans and
/// accounts its rows mention by id, so a value such as a person's id can be shown as their name.
/// </summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Page, int PageSize, int TotalRows, IReadOnlyDictionary<Guid, string> Names)
{
    public int TotalPages => Math.Max(1, (TotalRows + PageSize - 1) / PageSize);
}

/// <summary>
/// One change to one entity: who (null actor = the system), what (a readable subject: "Obiettivo n. 3 – SETTORE II"),
/// and the fields with their old and new values as stored.
/// </summary>
public sealed record AuditRow(
    long Id,
    DateTimeOffset OccurredAt,
    AuditActorView? Actor,
    string EntityType,
    Guid EntityId,
    string Subject,
    AuditAction Action,
    string? Reason,
    IReadOnlyList<AuditFieldChange> Changes,
    Guid CorrelationId);

/// <summary>The person who made the change, as recorded then.</summary>
public sealed record AuditActorView(Guid AccountId, string Username, Guid PersonId, string Name);

/// <summary>
/// A field by its path (<c>Title</c>, <c>YearTargets[2024].ExpectedPct</c>) with its value before and after; null
/// where it had none (a creation has no old values, a deletion no new ones).
/// </summary>
public sealed record AuditFieldChange(string Field, JsonNode? Old, JsonNode? New);

/// <summary>What the filters offer: the ente's objectives (grouped by plan and unit) and its people.</summary>
public sealed record AuditFilterOptions(IReadOnlyList<AuditChoice> Objectives, IReadOnlyList<AuditChoice> People);

/// <summary>One choice of a filter; <see cref="Group"/> heads a group of choices (the plan and unit of an objective).</summary>
public sealed record AuditChoice(Guid Id, string Label, string? Group = null);
