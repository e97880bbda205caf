using Spectre.Console;

namespace Palermo.Cli;

/// <summary>
/// What the command runs against: consoles, standard input and configuration. The process supplies the real ones;
/// tests supply captured ones, so every command runs in-process exactly as it does from a shell.
/// </summary>
public sealed record CliEnvironment(
    IAnsiConsole Console,
    TextReader Input,
    TextWriter Error,
    bool IsInteractive,
    string EnvironmentName,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string?> ConfigurationOverrides)
{
    /// <summary>The operating-system user, recorded in the audit trail as <c>cli:&lt;user&gt;</c>.</summary>
    public string OperatorName { get; init; } = Environment.UserName;

    public bool IsDevelopment => string.Equals(EnvironmentName, "Development", StringComparison.OrdinalIgnoreCase);

    public static CliEnvironment FromProcess() => new(
        AnsiConsole.Console,
        System.Console.In,
        System.Console.Error,
        IsInteractive: !System.Console.IsInputRedirected && Environment.UserInteractive,
        // The same variables the web host reads, so one deployment's settings serve both.
        EnvironmentName: Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production",
        WorkingDirectory: Directory.GetCurrentDirectory(),
        ConfigurationOverrides: new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase));
}
