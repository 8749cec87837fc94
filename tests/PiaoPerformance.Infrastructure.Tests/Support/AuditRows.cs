using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Tests.Support;

/// <summary>Reads what the audit trail holds, straight from its table.</summary>
public static class AuditRows
{
    /// <summary>The rows about one entity, oldest first.</summary>
    public static async Task<List<AuditEntry>> AboutAsync(this PostgresDatabase database, Guid entityId)
    {
        await using var db = await database.NewContextAsync();
        return await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == entityId).OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>The rows of one ente, oldest first.</summary>
    public static async Task<List<AuditEntry>> OfEnteAsync(this PostgresDatabase database, Guid municipalityId)
    {
        await using var db = await database.NewContextAsync();
        return await db.AuditEntries.AsNoTracking().Where(a => a.MunicipalityId == municipalityId).OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>Runs one SQL statement on a connection of its own, as someone at a psql prompt would.</summary>
    public static async Task ExecuteAsync(this PostgresDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static JsonObject Old(this AuditEntry row) => Parse(row.OldValues);

    public static JsonObject New(this AuditEntry row) => Parse(row.NewValues);

    private static JsonObject Parse(string? json) => json is null ? [] : (JsonObject)JsonNode.Parse(json)!;
}
