using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Tests.Support;

/// <summary>
/// A database of its own for one test class, on the PostgreSQL that <c>scripts/test</c> starts (PIAO_TEST_PG):
/// created empty under a unique name, brought up to date with the committed migrations, dropped at the end.
/// </summary>
public class PostgresDatabase : IAsyncLifetime, IAsyncDisposable
{
    public const string ConnectionVariable = "PIAO_TEST_PG";

    private ServiceProvider? _services;
    private bool _disposed;

    public PostgresDatabase()
        : this(migrate: true)
    {
    }

    protected PostgresDatabase(bool migrate)
    {
        Migrate = migrate;
        Name = $"piao_test_{Guid.NewGuid():N}"[..18];
    }

    /// <summary>The database's name, e.g. <c>piao_test_1a2b3c4d</c>.</summary>
    public string Name { get; }

    public string ConnectionString { get; private set; } = "";

    /// <summary>The app's own registrations (<see cref="DependencyInjection.AddPiaoInfrastructure"/>) on this database.</summary>
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The test database is not initialised.");

    public IDbContextFactory<PiaoDbContext> ContextFactory => Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>();

    private bool Migrate { get; }

    /// <summary>A database of the test's own, for a test that needs one nobody else has touched.</summary>
    public static async Task<PostgresDatabase> CreateAsync(bool migrate = true)
    {
        var database = new PostgresDatabase(migrate);
        await database.InitializeAsync();
        return database;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public Task<PiaoDbContext> NewContextAsync() => ContextFactory.CreateDbContextAsync();

    public virtual async Task InitializeAsync()
    {
        var server = ServerConnectionString();
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
        _services = new ServiceCollection()
            .AddLogging()
            .AddPiaoInfrastructure(ConnectionString)
            .BuildServiceProvider();
        if (Migrate)
        {
            await Get<DatabaseMigrator>().MigrateAsync();
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public async Task DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (ConnectionString.Length == 0)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(connection);
        await using var admin = new NpgsqlConnection(ServerConnectionString());
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Row count of every table of the schema (migrations history included), by table name.</summary>
    public async Task<IReadOnlyDictionary<string, long>> CountRowsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in await TablesAsync(connection))
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    /// <summary>The base tables of the public schema.</summary>
    public async Task<IReadOnlyList<string>> TablesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return await TablesAsync(connection);
    }

    /// <summary>The columns of every base table of the public schema, by table name.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ColumnsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        const string sql = """
            SELECT c.table_name, c.column_name
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
            ORDER BY c.table_name, c.ordinal_position
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (!columns.TryGetValue(table, out var list))
            {
                columns[table] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return columns.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Value, StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyList<string>> TablesAsync(NpgsqlConnection connection)
    {
        const string sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name";
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static string ServerConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"{ConnectionVariable} is not set: the Infrastructure tests need a real PostgreSQL. Run them with scripts/test, " +
                $"or start the test cluster (source scripts/lib/common.sh && pg_ensure_cluster \"$PWD/.test-data/pg\" 55433 --fast) and " +
                $"export {ConnectionVariable}=\"Host=127.0.0.1;Port=55433;Username=postgres;Database=postgres;Include Error Detail=true\".");
        }

        return value;
    }
}

/// <summary>A database with no table at all, for the tests of the migrations themselves.</summary>
public sealed class EmptyPostgresDatabase() : PostgresDatabase(migrate: false);
