using System.ComponentModel;
using System.Globalization;
using Palermo.Cli.Hosting;
using Palermo.TreatyStatus;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Palermo.Cli.TreatyStatus;

public sealed class ImportTreatyStatusSettings : PalermoSettings
{
    [CommandOption("--protocol <PROTOCOL>", true)]
    [Description("TIP (trafficking in persons, XVIII-12-a) or SOM (smuggling of migrants, XVIII-12-b).")]
    public string Protocol { get; init; } = "";

    [CommandOption("--as-of <DATE>", true)]
    [Description("The date the UN Treaty Collection table shows status as at, yyyy-MM-dd.")]
    public string AsOf { get; init; } = "";

    [CommandArgument(0, "<FILE>")]
    [Description("The status table copied from the UN Treaty Collection page, tab-separated.")]
    public string File { get; init; } = "";

    public Protocol ParsedProtocol => Enum.Parse<Protocol>(Protocol, ignoreCase: true);

    public DateOnly ParsedAsOf => DateOnly.ParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override ValidationResult Validate()
    {
        // Enum.TryParse would also accept numbers such as "1"; only the two names are meaningful.
        if (!Enum.GetNames<Protocol>().Contains(Protocol, StringComparer.OrdinalIgnoreCase))
            return ValidationResult.Error($"--protocol must be TIP or SOM, not '{Protocol}'.");
        if (!DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return ValidationResult.Error($"--as-of must be a date as yyyy-MM-dd, not '{AsOf}'.");
        return base.Validate();
    }
}
