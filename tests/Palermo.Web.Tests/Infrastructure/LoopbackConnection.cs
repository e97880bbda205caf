using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Palermo.Web.Tests.Infrastructure;

/// <summary>
/// The in-memory test server has no socket, so no remote address; Kestrel always has one. This gives each
/// request the loopback address a local browser would have, so address-dependent code runs as in production.
/// </summary>
public sealed class LoopbackConnection : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
