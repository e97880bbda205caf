using System.Text.Json;
using Palermo.TravelDocuments;
using Spectre.Console.Cli;

namespace Palermo.Cli.TravelDocuments;

/// <summary>
/// <c>palermo mrz</c>: decodes a machine-readable zone and prints the web API's JSON. Needs no database.
/// The document is personal data: it goes to standard output and nowhere else (no log, no error text).
/// </summary>
public sealed class MrzCommand(CliEnvironment environment) : AsyncCommand<MrzSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, MrzSettings settings, CancellationToken cancellationToken)
    {
        var text = settings.Lines.Length > 0
            ? string.Join('\n', settings.Lines)
            : await environment.Input.ReadToEndAsync(cancellationToken);
        var parsed = MrzParser.Parse(text, TimeProvider.System);

        if (parsed.Error is { } error)
        {
            await environment.Error.WriteLineAsync(JsonSerializer.Serialize(new { code = error.Code, message = error.Message }, JsonSerializerOptions.Web));
            return ExitCodes.NotAnMrz;
        }

        // Written raw, not through Spectre's renderer, which would wrap long lines and break the JSON.
        var output = environment.Console.Profile.Out.Writer;
        await output.WriteLineAsync(JsonSerializer.Serialize(parsed.Result, JsonSerializerOptions.Web));
        await output.FlushAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
