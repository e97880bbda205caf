using Microsoft.Extensions.DependencyInjection;

namespace Palermo.Demo;

/// <summary>The demo data loaders (accounts, knowledge, reporting, referrals) that fill a development database.</summary>
public static class DemoServices
{
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoAccounts>();
        services.AddScoped<DemoKnowledge>();
        services.AddScoped<DemoReporting>();
        services.AddScoped<DemoReferrals>();
        return services;
    }
}
