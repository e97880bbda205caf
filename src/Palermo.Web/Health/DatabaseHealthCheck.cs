using Microsoft.Extensions.Diagnostics.HealthChecks;
using Palermo.Data;

namespace Palermo.Web.Health;

public sealed class DatabaseHealthCheck(PalermoDbContext db, DatabaseOptions options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["provider"] = options.Provider };
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("reachable", data)
                : HealthCheckResult.Unhealthy("unreachable", data: data);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("unreachable", data: data);
        }
    }
}
