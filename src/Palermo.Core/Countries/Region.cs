namespace Palermo.Countries;

/// <summary>A UN M49 region or sub-region.</summary>
public class Region
{
    public string M49 { get; set; } = "";
    public LocalizedNames Names { get; set; } = new();
}
