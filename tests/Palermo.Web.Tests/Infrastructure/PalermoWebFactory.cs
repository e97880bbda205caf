using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Palermo.Testing;

namespace Palermo.Web.Tests.Infrastructure;

/// <summary>The real Palermo host (real HTTP pipeline) on a fresh database of one engine, with demo accounts.</summary>
public sealed class PalermoWebFactory(TestDatabase database, IDictionary<string, string?>? extra = null) : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo-Password-2026";

    public TestDatabase Database { get; } = database;
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var settings = Database.Settings(new Dictionary<string, string?>
        {
            ["Palermo:Demo:Enabled"] = "true",
            ["Palermo:Demo:Password"] = DemoPassword,
        });
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LoopbackConnection>());
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Debug);
            logging.AddProvider(Logs);
        });
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
