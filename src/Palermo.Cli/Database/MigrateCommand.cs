using Microsoft.Extensions.DependencyInjection;
using Palermo.Cli.Hosting;
using Palermo.Data;
using Palermo.Hosting;
using Spectre.Console;

namespace Palermo.Cli.Database;

/// <summary><c>palermo database migrate</c>: the same start-up work the web host does, for deployments that run it separately.</summary>
public sealed class MigrateCommand(CliEnvironment environment) : DatabaseCommand<PalermoSettings>(environment)
{
    protected override async Task<int> RunAsync(IServiceProvider services, PalermoSettings settings, CancellationToken cancellationToken)
    {
        var provider = services.GetRequiredService<DatabaseOptions>().Provider;
        await Environment.Console.Status().StartAsync($"Migrating the {provider} database…",
            _ => services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken));
        Environment.Console.MarkupLineInterpolated($"[green]Database is up to date[/] ({provider}; reference data and roles loaded).");
        return ExitCodes.Success;
    }
}
