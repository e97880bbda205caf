using System.Text;
using Palermo.ReferenceData;

namespace Palermo.Screening;

/// <summary>
/// The catalogue in force, its evaluator and its translations, loaded once at start from <c>data/screening</c>.
/// The catalogue file is the versioned source: raising its <c>version</c> is how an adaptation is recorded.
/// </summary>
public sealed class LabourScreeningCatalogue
{
    public LabourScreeningCatalogue(string directory)
    {
        var cataloguePath = Path.Combine(directory, "labour-indicators.json");
        var translationsPath = Path.Combine(directory, "labour-indicators.i18n.json");
        Evaluator = LabourScreeningEvaluator.Create(LabourCatalogueLoader.Load(cataloguePath));
        Translations = LabourCatalogueTranslations.Load(translationsPath);
        // Served as is to the offline guide, which applies the same rules in the browser.
        ClientJson = Encoding.UTF8.GetBytes(string.Concat(
            "{\"catalogue\":", File.ReadAllText(cataloguePath), ",\"translations\":", File.ReadAllText(translationsPath), "}"));
    }

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
