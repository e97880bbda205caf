using Npgsql;

namespace Palermo.Testing;

/// <summary>
/// The throwaway PostgreSQL 15 cluster that ./test.sh starts. Its admin connection string arrives in
/// PALERMO_TEST_POSTGRES; each test database is created fresh and dropped afterwards.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "PALERMO_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run ./test.sh, which starts a PostgreSQL 15 cluster and sets it.");

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "palermo_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
