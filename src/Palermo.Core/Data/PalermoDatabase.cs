using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Palermo.Audit;

namespace Palermo.Data;

/// <summary>Wires the one DbContext to the chosen engine, that engine's migrations assembly and the audit chain.</summary>
public static class PalermoDatabase
{
    public const string SqliteMigrationsAssembly = "Palermo.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Palermo.Migrations.Postgres";

    private static readonly SqliteSynchronousNormal SynchronousNormal = new();

    public static void Configure(DbContextOptionsBuilder options, string provider, string connectionString)
    {
        if (string.Equals(provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase))
            options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
        else if (string.Equals(provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
            options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
                .AddInterceptors(SynchronousNormal);
        else
            throw new InvalidOperationException(
                $"Palermo:Database:Provider must be '{DatabaseOptions.Sqlite}' or '{DatabaseOptions.Postgres}', not '{provider}'.");
        options.AddInterceptors(AuditChainInterceptor.Instance);
        options.ReplaceService<IModelCacheKeyFactory, ProviderAwareModelCacheKeyFactory>();
    }

    /// <summary>
    /// The embedded database in write-ahead-log mode (a property of the file, so set once at start): a commit is one
    /// append and one sync instead of a rollback journal written, synced and deleted, and readers never wait for the
    /// writer — many contributors auto-saving at once is the load this is for. No effect on PostgreSQL.
    /// </summary>
    public static async Task UseWriteAheadLogAsync(PalermoDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite()) return;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteScalarAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The embedded database file inside the data directory.</summary>
    public static string SqliteConnectionString(string dataDirectory) =>
        $"Data Source={Path.Combine(dataDirectory, "palermo.db")};Foreign Keys=True;Pooling=True";
}
