using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Palermo.Cli.Hosting;

/// <summary>A command that works on the database: builds the services, runs in one scope, disposes everything after.</summary>
public abstract class DatabaseCommand<TSettings>(CliEnvironment environment) : AsyncCommand<TSettings>
    where TSettings : PalermoSettings
{
    protected CliEnvironment Environment { get; } = environment;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        var configuration = CliConfiguration.Build(Environment, settings.ConfigOverrides());
        await using var services = CliServices.Build(Environment, configuration);
        await using var scope = services.CreateAsyncScope();
        return await RunAsync(scope.ServiceProvider, settings, cancellationToken);
    }

    protected abstract Task<int> RunAsync(IServiceProvider services, TSettings settings, CancellationToken cancellationToken);
}
