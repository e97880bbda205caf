using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Hosting;

namespace Palermo.Testing;

/// <summary>
/// A fresh, real database of one engine (a SQLite file or a new PostgreSQL database) with its own data
/// directory, plus the configuration a host needs to use it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public DatabaseEngine Engine { get; }
    public string ConnectionString { get; }
    public string DataDirectory { get; }

    private TestDatabase(DatabaseEngine engine, string connectionString, string dataDirectory)
    {
        Engine = engine;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
    }

    public string Provider => Engine == DatabaseEngine.Postgres ? DatabaseOptions.Postgres : DatabaseOptions.Sqlite;

    public static async Task<TestDatabase> CreateAsync(DatabaseEngine engine)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "palermo-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var connectionString = engine == DatabaseEngine.Postgres
            ? await PostgresServer.CreateDatabaseAsync()
            : PalermoDatabase.SqliteConnectionString(dataDirectory);
        return new TestDatabase(engine, connectionString, dataDirectory);
    }

    /// <summary>Settings as a host reads them; extra settings override.</summary>
    public Dictionary<string, string?> Settings(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Palermo:DataDirectory"] = DataDirectory,
            ["Palermo:Database:Provider"] = Provider,
            ["ConnectionStrings:Palermo"] = ConnectionString,
            ["Palermo:Mail:Mode"] = "pickup",
            ["Palermo:Demo:Enabled"] = "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        return settings;
    }

    /// <summary>The core services (as the CLI builds them) against this database, initialized and migrated.</summary>
    public async Task<ServiceProvider> StartServicesAsync(IDictionary<string, string?>? extra = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(extra)).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        configure?.Invoke(services);
        services.AddPalermoCore(configuration, isDevelopment: true);
        var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        if (Engine == DatabaseEngine.Postgres) await PostgresServer.DropDatabaseAsync(ConnectionString);
        else SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
