using Microsoft.Extensions.Localization;
using Palermo.Search.Knowledge;
using Palermo.Web.Countries;
using Palermo.Web.Localization;

namespace Palermo.Web.Knowledge;

/// <summary>
/// Names facet values in the request's language — categories, languages, protocols, countries and regions — beside the
/// stable value programs filter on. Years and article references are their own label.
/// </summary>
public sealed class KnowledgeFacetLabels(CountryDirectory countries, IStringLocalizer<SharedResource> text)
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>> LabelAsync(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets)
    {
        var snapshot = await countries.GetAsync(PalermoLocalization.CurrentLanguage());
        var countryNames = snapshot.Countries.ToDictionary(c => c.Iso3, c => c.Name, StringComparer.Ordinal);
        var regionNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var region in snapshot.Countries.SelectMany(c => new[] { c.Region, c.SubRegion }).OfType<RegionView>())
            regionNames.TryAdd(region.M49, region.Name);

        string Label(string facet, string value) => facet switch
        {
            "category" => Localized("Category." + value, value),
            "language" => Localized("Language." + value, value),
            "protocol" => Localized("Protocol." + value + ".Short", Localized("Protocol." + value, value)),
            "country" => countryNames.GetValueOrDefault(value, value),
            "region" => regionNames.GetValueOrDefault(value, value),
            _ => value,
        };

        return facets.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<FacetValue>)pair.Value.Select(v => v with { Label = Label(pair.Key, v.Value) }).ToList(),
            StringComparer.Ordinal);
    }

    private string Localized(string key, string fallback)
    {
        var found = text[key];
        return found.ResourceNotFound ? fallback : found.Value;
    }
}
