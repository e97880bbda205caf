using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Audit;
using Palermo.Hosting;
using Palermo.Search.Knowledge;

namespace Palermo.Cli.Hosting;

/// <summary>The Core services, composed for one command run.</summary>
public static class CliServices
{
    public static ServiceProvider Build(CliEnvironment environment, IConfiguration configuration)
    {
        var services = new ServiceCollection();
        // No logging providers: nothing the CLI handles (passwords, documents) can end up in a log.
        services.AddLogging();
        // Registered before AddPalermoCore, which only adds the system actor when none is present.
        services.AddScoped<IAuditActor>(_ => new SystemAuditActor("cli:" + environment.OperatorName));
        services.AddPalermoCore(configuration, environment.IsDevelopment);
        services.AddPalermoSearch();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
