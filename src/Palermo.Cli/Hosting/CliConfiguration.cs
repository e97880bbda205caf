using Microsoft.Extensions.Configuration;

namespace Palermo.Cli.Hosting;

/// <summary>Reads configuration in the web host's order, so the CLI finds the same database the site uses.</summary>
public static class CliConfiguration
{
    public static IConfiguration Build(CliEnvironment environment, IEnumerable<KeyValuePair<string, string?>> commandLineOverrides) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(environment.WorkingDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(environment.WorkingDirectory, $"appsettings.{environment.EnvironmentName}.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(environment.ConfigurationOverrides)
            .AddInMemoryCollection(commandLineOverrides)
            .Build();
}
