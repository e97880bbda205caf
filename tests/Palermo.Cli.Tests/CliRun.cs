using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace Palermo.Cli.Tests;

/// <summary>The captured outcome of one in-process run of <c>palermo</c>.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>A fresh data directory (embedded SQLite) per test, and a way to run the CLI against it in-process.</summary>
public sealed class CliRun : IDisposable
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("palermo-cli-").FullName;

    public string DatabaseFile => Path.Combine(DataDirectory, "palermo.db");

    public async Task<CliResult> RunWithInputAsync(string standardInput, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        // Wide enough that tables do not wrap e-mail addresses.
        console.Profile.Width = 200;
        var environment = new CliEnvironment(console, new StringReader(standardInput), error, IsInteractive: false,
            EnvironmentName: "Production", WorkingDirectory: DataDirectory,
            ConfigurationOverrides: new Dictionary<string, string?> { ["Palermo:DataDirectory"] = DataDirectory })
        {
            OperatorName = "test",
        };
        var exitCode = await PalermoCli.RunAsync(args, environment, TestContext.Current.CancellationToken);
        // Shown with a failing test, so a refused command explains itself.
        TestContext.Current.TestOutputHelper?.WriteLine($"palermo {string.Join(' ', args)} -> {exitCode}\n{output}{error}");
        return new(exitCode, output.ToString(), error.ToString());
    }

    public Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync("", args);

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        // Pooled connections would keep the database file open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
