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
        countries.MapGet("/", ListAsync).Produces<IReadOnlyList<CountryView>>().WithName("ListCountries")
            .WithSummary("Every country with its names, regions and treaty status, in the chosen language (compressed, with an ETag)");
        countries.MapGet("/{iso3}", GetAsync).WithName("GetCountry").WithSummary("One country with its treaty status and the status's source");
    }

    public static async Task<IResult> ListAsync(string? lang, CountryDirectory directory, HttpContext http)
    {
        var snapshot = await directory.GetAsync(Language(lang));
        return PrecompressedJson.Result(http, snapshot.Json, snapshot.Brotli, snapshot.Gzip, snapshot.ETag);
    }

    public static async Task<Results<Ok<CountryView>, ProblemHttpResult>> GetAsync(string iso3, string? lang, CountryDirectory directory, Problems problems)
    {
        var snapshot = await directory.GetAsync(Language(lang));
        var country = snapshot.Countries.FirstOrDefault(c => string.Equals(c.Iso3, iso3, StringComparison.OrdinalIgnoreCase));
        return country is null ? problems.From(ProblemCodes.UnknownCountry.With(iso3)) : TypedResults.Ok(country);
    }

    private static string Language(string? lang) => PalermoLanguages.IsSupported(lang) ? lang!.ToLowerInvariant() : PalermoLocalization.CurrentLanguage();
}
