using System.Globalization;
using System.Text;
using Palermo.Countries;

namespace Palermo.TreatyStatus;

/// <summary>
/// Resolves a UN Treaty Collection participant name ("Bolivia (Plurinational State of)", "Türkiye", "Albania 2")
/// to ISO alpha-3. Knows the UN M49 names, CLDR English names and the names used by earlier imports.
/// </summary>
public sealed class ParticipantNames
{
    private readonly Dictionary<string, string> _iso3ByName = new(StringComparer.Ordinal);

    public ParticipantNames(CountryCatalogFile catalog, IEnumerable<(string Name, string Iso3)> knownNames)
    {
        foreach (var country in catalog.Countries)
        {
            Add(country.M49Name, country.Iso3);
            Add(country.Names.GetValueOrDefault("en"), country.Iso3);
            Add(country.Iso3, country.Iso3);
        }
        foreach (var (name, iso3) in knownNames) Add(name, iso3);
    }

    public string? Resolve(string participant) => _iso3ByName.GetValueOrDefault(Normalize(participant));

    private void Add(string? name, string iso3)
    {
        if (!string.IsNullOrWhiteSpace(name)) _iso3ByName.TryAdd(Normalize(name), iso3);
    }

    /// <summary>Case, accents, apostrophe style and trailing footnote numbers do not matter.</summary>
    internal static string Normalize(string name)
    {
        var trimmed = name.Trim().TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ',', ' ');
        var decomposed = trimmed.Replace('\u2019', '\'').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }
}
