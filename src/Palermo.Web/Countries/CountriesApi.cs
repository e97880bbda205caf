using Microsoft.AspNetCore.Http.HttpResults;
using Palermo.Web.Api;
using Palermo.Web.Localization;

namespace Palermo.Web.Countries;

/// <summary>Public reference data: countries, regions and treaty status in the six languages.</summary>
public static class CountriesApi
{
    public static void MapCountriesApi(this RouteGroupBuilder v1)
    {
        var countries = v1.MapGroup("/countries").WithTags("Countries").AllowAnonymous();

        countries.MapGet("/", async (string? lang, CountryDirectory directory, HttpContext http) =>
        {
            var snapshot = await directory.GetAsync(Language(lang));
            return PrecompressedJson.Result(http, snapshot.Json, snapshot.Brotli, snapshot.Gzip, snapshot.ETag);
        }).Produces<IReadOnlyList<CountryView>>();

        countries.MapGet("/{iso3}", async Task<Results<Ok<CountryView>, ProblemHttpResult>> (string iso3, string? lang, CountryDirectory directory, Problems problems) =>
        {
            var snapshot = await directory.GetAsync(Language(lang));
            var country = snapshot.Countries.FirstOrDefault(c => string.Equals(c.Iso3, iso3, StringComparison.OrdinalIgnoreCase));
            return country is null ? problems.Create(StatusCodes.Status404NotFound, "unknown-country", iso3) : TypedResults.Ok(country);
        });
    }

    private static string Language(string? lang) => PalermoLanguages.IsSupported(lang) ? lang!.ToLowerInvariant() : PalermoLocalization.CurrentLanguage();
}
