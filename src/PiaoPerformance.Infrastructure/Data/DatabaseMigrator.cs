using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace PiaoPerformance.Infrastructure.Data;

/// <summary>
/// Applies the committed EF migrations (never EnsureCreated, ADR-004). The app calls it at start; a PostgreSQL
/// advisory lock keeps two starting instances from migrating at once.
/// </summary>
public sealed class DatabaseMigrator(IDbContextFactory<PiaoDbContext> contextFactory, ILogger<DatabaseMigrator> logger)
{
    private const long LockKey = 0x5049414F; // "PIAO"

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({LockKey})", cancellationToken);

            // EF reads the history table before creating it and logs an error on a fresh database: create it first,
            // with EF's own schema, so a first start logs no false alarm.
            await db.Database.ExecuteSqlRawAsync(
                """CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" ("MigrationId" varchar(150) NOT NULL PRIMARY KEY, "ProductVersion" varchar(32) NOT NULL)""",
                cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
                await db.Database.MigrateAsync(cancellationToken);
            }

        }
        finally
        {
            // The lock is a session lock: closing the connection releases it even when a migration failed.
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}
