using Microsoft.Extensions.DependencyInjection;

namespace Palermo.Countries;

/// <summary>The countries feature's services: names of countries and regions per language, cached.</summary>
public static class CountriesServices
{
    public static IServiceCollection AddCountries(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<PlaceNames>();
        services.AddScoped<CountryProfiles>();
        return services;
    }
}
