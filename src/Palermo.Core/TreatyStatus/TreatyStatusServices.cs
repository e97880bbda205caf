using Microsoft.Extensions.DependencyInjection;

namespace Palermo.TreatyStatus;

/// <summary>The treaty-status feature's services: importing the UN Treaty Collection status.</summary>
public static class TreatyStatusServices
{
    public static IServiceCollection AddTreatyStatus(this IServiceCollection services)
    {
        services.AddScoped<TreatyStatusService>();
        return services;
    }
}
