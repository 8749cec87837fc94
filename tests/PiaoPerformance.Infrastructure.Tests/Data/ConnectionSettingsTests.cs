using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Data;

/// <summary>
/// The app's contexts prepare their statements automatically (100 slots, docs/performance.md), unless the connection
/// string says otherwise; and the prepared statements serve the queries of the hot paths on PostgreSQL.
/// </summary>
public sealed class ConnectionSettingsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task TheAppsContextsPrepareTheirStatementsAutomatically()
    {
        await using var db = await database.NewContextAsync();

        new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).MaxAutoPrepare.ShouldBe(100);
    }

    [Theory]
    [InlineData("Max Auto Prepare=0", 0)]
    [InlineData("max auto prepare=20", 20)]
    public async Task AConnectionStringThatSetsAutoPreparationKeepsItsValue(string setting, int expected)
    {
        await using var services = new ServiceCollection().AddLogging()
            .AddPiaoInfrastructure($"Host=127.0.0.1;Database=nessuno;Username=postgres;{setting}").BuildServiceProvider();
        await using var db = await services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();

        new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).MaxAutoPrepare.ShouldBe(expected);
    }

    [Fact]
    public async Task AQueryRunFiveTimesIsPreparedOnTheServer()
    {
        var plan = await new TestPlan("Comune Preparato").Unit("I", 100m).SaveAsync(database.ContextFactory);
        await using var db = await database.NewContextAsync();
        await db.Database.OpenConnectionAsync();
        for (var i = 0; i < 6; i++)
        {
            (await db.Objectives.AsNoTracking().Where(o => o.PlanCycleId == plan.Cycle.Id).CountAsync()).ShouldBe(1);
        }

        var prepared = await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();
        prepared.ShouldContain(sql => sql.Contains("\"Objectives\"", StringComparison.Ordinal) && sql.Contains("count(*)", StringComparison.Ordinal));
    }
}
