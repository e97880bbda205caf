using Palermo.Testing;

namespace Palermo.Web.Tests.Infrastructure;

/// <summary>
/// One running Palermo per database engine, shared by the tests of this assembly (starting a host with
/// migrations and demo accounts costs seconds). Tests that need a pristine host make their own.
/// </summary>
public sealed class WebApps : IAsyncDisposable
{
    private readonly Dictionary<DatabaseEngine, PalermoWebFactory> _apps = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<PalermoWebFactory> For(DatabaseEngine engine)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_apps.TryGetValue(engine, out var app))
            {
                app = new PalermoWebFactory(await TestDatabase.CreateAsync(engine));
                _ = app.Server; // start now, inside the gate
                _apps[engine] = app;
            }
            return app;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values) await app.DisposeAsync();
    }
}
