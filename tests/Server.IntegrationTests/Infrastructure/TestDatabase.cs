using Npgsql;

namespace OpenElements.Server.IntegrationTests.Infrastructure;

/// <summary>
/// The store a test server runs on: <c>OE_TEST_DB=Postgres</c> (with <c>OE_TEST_POSTGRES</c>, a server
/// connection string) gives each fixture its own fresh PostgreSQL database; otherwise each fixture gets
/// its own SQLite file. Fresh databases per fixture mean no reset and no cross-talk between fixtures.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _adminConnection;
    private readonly string? _databaseName;

    private TestDatabase(string provider, string connectionString, string? adminConnection, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _adminConnection = adminConnection;
        _databaseName = databaseName;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => Provider == "Postgres";

    public static async Task<TestDatabase> CreateAsync(string dataDirectory)
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("OE_TEST_DB"), "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            return new TestDatabase("Sqlite", $"Data Source={Path.Combine(dataDirectory, "test.db")};Pooling=True", null, null);
        }

        var admin = Environment.GetEnvironmentVariable("OE_TEST_POSTGRES")
            ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres";
        var name = "oe_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 50 };
        return new TestDatabase("Postgres", builder.ConnectionString, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnection is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
