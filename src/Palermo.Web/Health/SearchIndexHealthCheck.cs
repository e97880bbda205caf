using Microsoft.Extensions.Diagnostics.HealthChecks;
using Palermo.Hosting;

namespace Palermo.Web.Health;

/// <summary>The search index folder must be writable; the knowledge repository builds its index there.</summary>
public sealed class SearchIndexHealthCheck(DataDirectory dataDirectory) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(dataDirectory.Path, "index");
        try
        {
            Directory.CreateDirectory(path);
            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Count();
            var data = new Dictionary<string, object> { ["files"] = files };
            return Task.FromResult(HealthCheckResult.Healthy(files == 0 ? "empty" : "ready", data));
        }
        catch (IOException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("not writable"));
        }
        catch (UnauthorizedAccessException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("not writable"));
        }
    }
}
