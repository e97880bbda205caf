namespace Palermo.Countries;

/// <summary>A country or area (ISO 3166-1) with its UN M49 place, or a regional organization such as the EU.</summary>
public class Country
{
    /// <summary>ISO 3166-1 alpha-3, upper case; the key everything else refers to.</summary>
    public string Iso3 { get; set; } = "";
    public string Iso2 { get; set; } = "";
    public string? M49 { get; set; }
    public string? RegionM49 { get; set; }
    public string? SubRegionM49 { get; set; }
    public bool IsRegionalOrganization { get; set; }
    public LocalizedNames Names { get; set; } = new();
}
