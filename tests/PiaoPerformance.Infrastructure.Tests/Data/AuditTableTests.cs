using Npgsql;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Data;

/// <summary>
/// The audit table is append-only in the database itself (migration AuditTrail): whatever SQL a connection runs, an
/// UPDATE, DELETE or TRUNCATE fails and the rows stay as written.
/// </summary>
public sealed class AuditTableTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Theory]
    [InlineData("UPDATE \"AuditEntries\" SET \"Reason\" = 'riscritto'")]
    [InlineData("UPDATE \"AuditEntries\" SET \"NewValues\" = '{}'::jsonb WHERE \"EntityType\" = 'Objective'")]
    [InlineData("DELETE FROM \"AuditEntries\"")]
    [InlineData("DELETE FROM \"AuditEntries\" WHERE false")]
    [InlineData("TRUNCATE \"AuditEntries\"")]
    public async Task TheDatabaseRefusesToChangeOrRemoveAuditRows(string sql)
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        var before = await database.OfEnteAsync(plan.Municipality.Id);

        var refused = await Should.ThrowAsync<PostgresException>(() => database.ExecuteAsync(sql));

        refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        refused.MessageText.ShouldContain("append-only");
        var after = await database.OfEnteAsync(plan.Municipality.Id);
        after.Select(r => (r.Id, r.Reason, r.NewValues)).ShouldBe(before.Select(r => (r.Id, r.Reason, r.NewValues)));
    }

    [Fact]
    public async Task TheDatabaseAcceptsNewAuditRows()
    {
        await database.ExecuteAsync("""
            INSERT INTO "AuditEntries" ("OccurredAt", "MunicipalityId", "EntityType", "EntityId", "Action", "CorrelationId")
            VALUES (now(), gen_random_uuid(), 'Objective', gen_random_uuid(), 'Modified', gen_random_uuid())
            """);
    }
}
