using Microsoft.Extensions.Localization;
using Palermo.Search.Knowledge;
using Palermo.Web.Countries;
using Palermo.Web.Localization;

namespace Palermo.Web.Knowledge;

/// <summary>
/// Names facet values in the request's language — categories, languages, protocols, countries and regions — beside the
/// stable value programs filter on. Years are their own label.
/// </summary>
public sealed class KnowledgeFacetLabels(CountryDirectory countries, IStringLocalizer<SharedResource> text)
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>> LabelAsync(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets)
    {
        var snapshot = await countries.GetAsync(PalermoLocalization.CurrentLanguage());
        var countryName = CountryNames(snapshot);
        var regionNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var region in snapshot.Countries.SelectMany(c => new[] { c.Region, c.SubRegion }).OfType<RegionView>())
            regionNames.TryAdd(region.M49, region.Name);

        string Label(string facet, string value) => facet switch
        {
            "category" => Localized("Category." + value, value),
            "language" => Localized("Language." + value, value),
            "protocol" => ProtocolName(value),
            "country" => countryName(value),
            "region" => regionNames.GetValueOrDefault(value, value),
            "article" => ArticleName(value),
            _ => value,
        };

        return facets.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<FacetValue>)pair.Value.Select(v => v with { Label = Label(pair.Key, v.Value) }).ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>Country names in the request's language by ISO alpha-3 code (the code itself when it names nothing).</summary>
    public async Task<Func<string, string>> CountryNamesAsync() =>
        CountryNames(await countries.GetAsync(PalermoLocalization.CurrentLanguage()));

    /// <summary>A protocol's short name in the request's language (the code itself when it has none).</summary>
    public string ProtocolName(string code) => Localized("Protocol." + code + ".Short", Localized("Protocol." + code, code));

    /// <summary>
    /// An article reference as written on records («TIP 6») named in the request's language («Trafficking in Persons
    /// Protocol, art. 6»); a reference of another form is its own name.
    /// </summary>
    public string ArticleName(string reference)
    {
        var parts = reference.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0] is not ("TIP" or "SOM" or "UNTOC")) return reference;
        return string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Knowledge.ArticleOf"], ProtocolName(parts[0]), parts[1]);
    }

    private static Func<string, string> CountryNames(CountryDirectory.Snapshot snapshot)
    {
        var names = snapshot.Countries.ToDictionary(c => c.Iso3, c => c.Name, StringComparer.Ordinal);
        return code => names.GetValueOrDefault(code, code);
    }

    private string Localized(string key, string fallback)
    {
        var found = text[key];
        return found.ResourceNotFound ? fallback : found.Value;
    }
}
