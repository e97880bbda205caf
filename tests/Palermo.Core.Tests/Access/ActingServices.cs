using Microsoft.Extensions.DependencyInjection;
using Palermo.Access;
using Palermo.Data;
using Palermo.Testing;

namespace Palermo.Tests.Access;

/// <summary>
/// Core services over a test database in which each scope reads the data as one actor would: what the web's
/// per-request data scope does, so the use cases meet the same country filters as behind the API.
/// </summary>
internal static class ActingServices
{
    public static Task<ServiceProvider> StartActingServicesAsync(this TestDatabase database) =>
        database.StartServicesAsync(configure: services =>
        {
            services.AddScoped<ActorDataScope>();
            services.AddScoped<IDataScope>(provider => provider.GetRequiredService<ActorDataScope>());
        });

    /// <summary>A unit of work of <paramref name="actor"/>; dispose it like any scope.</summary>
    public static AsyncServiceScope As(this IServiceProvider services, Actor actor)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorDataScope>().Actor = actor;
        return scope;
    }

    /// <summary>The scope's actor as the data scope; trusted code (start-up, seeding) until a test says who acts.</summary>
    private sealed class ActorDataScope : IDataScope
    {
        public Actor Actor { get; set; } = Actor.System;

        public bool SeesAllCountries => ((IDataScope)Actor).SeesAllCountries;

        public string? CountryIso3 => Actor.CountryIso3;
    }
}
