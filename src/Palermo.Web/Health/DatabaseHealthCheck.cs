using Microsoft.Extensions.Diagnostics.HealthChecks;
using Palermo.Data;

namespace Palermo.Web.Health;

public sealed class DatabaseHealthCheck(DatabaseProbe probe, DatabaseOptions options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["provider"] = options.Provider };
        return await probe.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("reachable", data)
            : HealthCheckResult.Unhealthy("unreachable", data: data);
    }
}
