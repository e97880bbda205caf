using Microsoft.Extensions.DependencyInjection;

namespace Palermo.Audit;

/// <summary>The audit feature's services: reading and verifying the trail (writing it is the save interceptor's job).</summary>
public static class AuditServices
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditTrailQuery>();
        return services;
    }
}
