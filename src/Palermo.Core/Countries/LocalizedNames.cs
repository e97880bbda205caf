namespace Palermo.Countries;

/// <summary>A name in each of the six UN languages, stored as six columns so every engine can sort and search it.</summary>
public class LocalizedNames
{
    public string Ar { get; set; } = "";
    public string Zh { get; set; } = "";
    public string En { get; set; } = "";
    public string Fr { get; set; } = "";
    public string Ru { get; set; } = "";
    public string Es { get; set; } = "";

    public string In(string language) => language switch
    {
        "ar" => Ar,
        "zh" => Zh,
        "fr" => Fr,
        "ru" => Ru,
        "es" => Es,
        _ => En,
    } is { Length: > 0 } name ? name : En;

    public static LocalizedNames From(IReadOnlyDictionary<string, string> names) => new()
    {
        Ar = names.GetValueOrDefault("ar", ""),
        Zh = names.GetValueOrDefault("zh", ""),
        En = names.GetValueOrDefault("en", ""),
        Fr = names.GetValueOrDefault("fr", ""),
        Ru = names.GetValueOrDefault("ru", ""),
        Es = names.GetValueOrDefault("es", ""),
    };

    public IReadOnlyDictionary<string, string> ToDictionary() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ar"] = Ar, ["zh"] = Zh, ["en"] = En, ["fr"] = Fr, ["ru"] = Ru, ["es"] = Es,
    };
}
