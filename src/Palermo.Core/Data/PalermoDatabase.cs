using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Palermo.Data;

/// <summary>Wires the one DbContext to the chosen engine and that engine's migrations assembly.</summary>
public static class PalermoDatabase
{
    public const string SqliteMigrationsAssembly = "Palermo.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Palermo.Migrations.Postgres";

    public static void Configure(DbContextOptionsBuilder options, string provider, string connectionString)
    {
        if (string.Equals(provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase))
            options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
        else if (string.Equals(provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
            options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
        else
            throw new InvalidOperationException(
                $"Palermo:Database:Provider must be '{DatabaseOptions.Sqlite}' or '{DatabaseOptions.Postgres}', not '{provider}'.");
        options.ReplaceService<IModelCacheKeyFactory, ProviderAwareModelCacheKeyFactory>();
    }

    /// <summary>The embedded database file inside the data directory.</summary>
    public static string SqliteConnectionString(string dataDirectory) =>
        $"Data Source={Path.Combine(dataDirectory, "palermo.db")};Foreign Keys=True;Pooling=True";
}
