using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Audit;
using Palermo.Hosting;

namespace Palermo.Cli.Hosting;

/// <summary>The Core services, composed for one command run.</summary>
public static class CliServices
{
    public static ServiceProvider Build(CliEnvironment environment, IConfiguration configuration)
    {
        var services = new ServiceCollection();
        // No logging providers: nothing the CLI handles (passwords, documents) can end up in a log.
        services.AddLogging();
        // Identity's token providers need data protection; the CLI issues no token that outlives the process.
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        // Registered before AddPalermoCore, which only adds the system actor when none is present.
        services.AddScoped<IAuditActor>(_ => new SystemAuditActor("cli:" + environment.OperatorName));
        services.AddPalermoCore(configuration, environment.IsDevelopment);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
