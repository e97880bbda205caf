using Microsoft.Extensions.DependencyInjection;
using Palermo.Access;
using Palermo.Cli.Hosting;
using Palermo.TreatyStatus;
using Spectre.Console;

namespace Palermo.Cli.TreatyStatus;

/// <summary>
/// <c>palermo treaty-status import</c>: replaces a protocol's status with a UN Treaty Collection table.
/// All or nothing: one bad line and the database is left as it was.
/// </summary>
public sealed class ImportTreatyStatusCommand(CliEnvironment environment) : DatabaseCommand<ImportTreatyStatusSettings>(environment)
{
    protected override async Task<int> RunAsync(IServiceProvider services, ImportTreatyStatusSettings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.File))
        {
            Environment.Console.MarkupLineInterpolated($"[red]No such file:[/] {settings.File}");
            return ExitCodes.Error;
        }

        var text = await File.ReadAllTextAsync(settings.File, cancellationToken);
        var protocol = settings.ParsedProtocol;
        var result = await Environment.Console.Status().StartAsync($"Importing {protocol} treaty status…",
            _ => services.GetRequiredService<TreatyStatusService>()
                .ImportUntcTableAsync(Actor.System, protocol, text, settings.ParsedAsOf, cancellationToken));

        if (!result.Succeeded)
        {
            var lines = TreatyStatusImportProblems.LinesOf(result.Problem);
            foreach (var problem in lines)
                Environment.Console.MarkupLineInterpolated($"line {problem.Line}: {problem.Code} {problem.Value}");
            Environment.Console.MarkupLineInterpolated($"[red]Nothing imported:[/] {Math.Max(1, lines.Count)} problem(s).");
            return ExitCodes.Error;
        }

        Environment.Console.MarkupLineInterpolated($"[green]Imported[/] {result.Value.RowCount} rows of {protocol} status as of {settings.AsOf}.");
        return ExitCodes.Success;
    }
}
