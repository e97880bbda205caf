using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Testing;

namespace Palermo.Browser.Tests.Infrastructure;

/// <summary>
/// The real Palermo host on real Kestrel (a browser needs a socket, not the in-memory test server), listening on
/// a free loopback port, on a fresh SQLite database with the demo accounts.
/// </summary>
public sealed class PalermoOnKestrel : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo-Password-2026";

    private readonly TestDatabase _database;

    public PalermoOnKestrel(TestDatabase database)
    {
        _database = database;
        // Port 0: the system picks a free port, so parallel runs on one machine never collide.
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts the server and answers the address it listens on, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var settings = _database.Settings(new Dictionary<string, string?>
        {
            ["Palermo:Demo:Enabled"] = "true",
            ["Palermo:Demo:Password"] = DemoPassword,
        });
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
