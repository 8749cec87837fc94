using Npgsql;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// An empty database of its own on the PostgreSQL that <c>scripts/test</c> starts (PIAO_TEST_PG), named
/// <c>piao_web_&lt;guid8&gt;</c>; the app under test migrates and seeds it, and it is dropped at the end.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ConnectionVariable = "PIAO_TEST_PG";

    private readonly string _serverConnectionString;

    private TestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = ServerConnectionString();
        var database = new TestDatabase(server, $"piao_web_{Guid.NewGuid():N}"[..17]);
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(_serverConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }

    private static string ServerConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"{ConnectionVariable} is not set: the Web tests run the app on a real PostgreSQL. Run them with scripts/test, " +
                "or start the test cluster (source scripts/lib/common.sh && pg_ensure_cluster \"$PWD/.test-data/pg\" 55433 --fast) and " +
                $"export {ConnectionVariable}=\"Host=127.0.0.1;Port=55433;Username=postgres;Database=postgres;Include Error Detail=true\".");
        }

        return value;
    }
}
