using System.ComponentModel;
using Spectre.Console.Cli;

namespace Palermo.Cli.TravelDocuments;

public sealed class MrzSettings : CommandSettings
{
    [CommandArgument(0, "[LINES]")]
    [Description("The MRZ lines, each quoted. None: read them from standard input.")]
    public string[] Lines { get; init; } = [];
}
