using System.Text;
using Palermo.ReferenceData;

namespace Palermo.Screening;

/// <summary>
/// One edition of the catalogue: its evaluator and its translations. The shipped edition is read from
/// <c>data/screening</c> at start and becomes version 1 in the database; the edition in force comes from
/// <see cref="LabourCatalogueStore"/>, which builds one of these per stored version.
/// </summary>
public sealed class LabourScreeningCatalogue
{
    public LabourScreeningCatalogue(string directory)
        : this(File.ReadAllText(Path.Combine(directory, "labour-indicators.json")), File.ReadAllText(Path.Combine(directory, "labour-indicators.i18n.json")))
    {
    }

    private LabourScreeningCatalogue(string catalogueJson, string translationsJson)
    {
        using var catalogueStream = new MemoryStream(Encoding.UTF8.GetBytes(catalogueJson));
        using var translationsStream = new MemoryStream(Encoding.UTF8.GetBytes(translationsJson));
        Evaluator = LabourScreeningEvaluator.Create(LabourCatalogueLoader.Load(catalogueStream));
        Translations = LabourCatalogueTranslations.Load(translationsStream);
        CatalogueJson = catalogueJson;
        TranslationsJson = translationsJson;
        // Served as is to the offline guide, which applies the same rules in the browser.
        ClientJson = Encoding.UTF8.GetBytes(string.Concat("{\"catalogue\":", catalogueJson, ",\"translations\":", translationsJson, "}"));
    }

    /// <exception cref="InvalidDataException">Either text is not a valid catalogue or translations.</exception>
    public static LabourScreeningCatalogue FromJson(string catalogueJson, string translationsJson) => new(catalogueJson, translationsJson);

    public string CatalogueJson { get; }

    public string TranslationsJson { get; }

    public static LabourScreeningCatalogue FromReferenceData() => new(Path.Combine(ReferenceDataFiles.Root, "screening"));

    public LabourScreeningEvaluator Evaluator { get; }

    public LabourCatalogue Catalogue => Evaluator.Catalogue;

    public LabourCatalogueTranslations Translations { get; }

    public byte[] ClientJson { get; }

    /// <summary>A text in <paramref name="language"/>, English when that one is blank, the id when there is none.</summary>
    public static string Text(LocalizedText? text, string language, string fallback)
    {
        if (text is null) return fallback;
        var value = text.Get(language);
        if (string.IsNullOrWhiteSpace(value)) value = text.En;
        return string.IsNullOrWhiteSpace(value) ? fallback : value;
    }

    public string IndicatorName(string id, string language) =>
        Text(Translations.Indicators.GetValueOrDefault(id)?.Name, language, id);

    public string DimensionName(string id, string language) =>
        Text(Translations.Dimensions.GetValueOrDefault(id)?.Name, language, id);

    public string OutcomeName(string id, string language) =>
        Text(Translations.Outcomes.GetValueOrDefault(id)?.Name, language, id);
}
