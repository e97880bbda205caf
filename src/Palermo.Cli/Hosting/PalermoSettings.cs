using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Palermo.Cli.Hosting;

/// <summary>Options every database command accepts.</summary>
public class PalermoSettings : CommandSettings
{
    [CommandOption("--config <KEY=VALUE>")]
    [Description("Overrides a configuration value, e.g. --config Palermo:DataDirectory=/srv/palermo. Repeatable.")]
    public string[] Config { get; init; } = [];

    public IEnumerable<KeyValuePair<string, string?>> ConfigOverrides() =>
        Config.Select(pair => pair.Split('=', 2)).Select(parts => new KeyValuePair<string, string?>(parts[0].Trim(), parts[1]));

    public override ValidationResult Validate() =>
        Config.FirstOrDefault(pair => !pair.Contains('=', StringComparison.Ordinal) || pair.StartsWith('=')) is { } bad
            ? ValidationResult.Error($"--config expects KEY=VALUE, got '{bad}'.")
            : ValidationResult.Success();
}
