namespace Palermo.Screening;

/// <summary>One text in the six UN languages; the JSON keys are the language codes.</summary>
public sealed class LocalizedText
{
    public string Ar { get; init; } = string.Empty;
    public string Zh { get; init; } = string.Empty;
    public string En { get; init; } = string.Empty;
    public string Fr { get; init; } = string.Empty;
    public string Ru { get; init; } = string.Empty;
    public string Es { get; init; } = string.Empty;

    /// <exception cref="ArgumentOutOfRangeException">The code is not one of <see cref="PalermoLanguages.Codes"/>.</exception>
    public string Get(string language) => language switch
    {
        "ar" => Ar,
        "zh" => Zh,
        "en" => En,
        "fr" => Fr,
        "ru" => Ru,
        "es" => Es,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a UN language code."),
    };
}
