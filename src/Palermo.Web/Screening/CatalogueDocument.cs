using Palermo.Screening;

namespace Palermo.Web.Screening;

/// <summary>
/// One catalogue edition as the API shows it: weights per profile and the texts in six languages, by dimension.
/// The same shape (with <c>baseVersion</c> added) can be sent back to <c>PUT /screening/catalogue</c>.
/// </summary>
public sealed record CatalogueDocument(
    string Id, int Version, string Title, string Source, string Caveat, DateTimeOffset? CreatedAt, IReadOnlyList<CatalogueDimensionView> Dimensions)
{
    public static CatalogueDocument From(LabourScreeningCatalogue edition, DateTimeOffset? createdAt)
    {
        var catalogue = edition.Catalogue;
        var texts = edition.Translations;
        return new(catalogue.Id, catalogue.Version, catalogue.Title, catalogue.Source, catalogue.Caveat, createdAt,
            [.. catalogue.Dimensions.Select(d => new CatalogueDimensionView(
                d.Id,
                Languages(texts.Dimensions.GetValueOrDefault(d.Id)?.Name),
                [.. d.Indicators.Select(i => new CatalogueIndicatorView(
                    i.Id,
                    new CatalogueWeightView(Wire(i.Strength.Adult), Wire(i.Strength.Child)),
                    Languages(texts.Indicators.GetValueOrDefault(i.Id)?.Name),
                    Languages(texts.Indicators.GetValueOrDefault(i.Id)?.Question),
                    Languages(texts.Indicators.GetValueOrDefault(i.Id)?.Explanation)))]))]);
    }

    public static string? Wire(IndicatorWeight? weight) => weight switch
    {
        IndicatorWeight.Strong => "strong",
        IndicatorWeight.Medium => "medium",
        IndicatorWeight.Weak => "weak",
        _ => null,
    };

    private static Dictionary<string, string> Languages(LocalizedText? text) =>
        PalermoLanguages.Codes.ToDictionary(code => code, code => text?.Get(code) ?? "", StringComparer.Ordinal);
}

public sealed record CatalogueDimensionView(string Id, IReadOnlyDictionary<string, string> Name, IReadOnlyList<CatalogueIndicatorView> Indicators);

public sealed record CatalogueIndicatorView(
    string Id, CatalogueWeightView Weight, IReadOnlyDictionary<string, string> Name, IReadOnlyDictionary<string, string> Question, IReadOnlyDictionary<string, string> Explanation);

/// <summary>Null: the indicator does not apply to that profile.</summary>
public sealed record CatalogueWeightView(string? Adult, string? Child);

/// <summary>One entry of the history: who saved which version when, and what it changed.</summary>
public sealed record CatalogueVersionView(string Id, int Version, bool Current, DateTimeOffset CreatedAt, string? CreatedBy, IReadOnlyList<string> Changes, string? Note)
{
    public static CatalogueVersionView From(LabourCatalogueVersion row, int current) =>
        new(row.CatalogueId, row.Version, row.Version == current, row.CreatedAt, row.CreatedByName, row.ChangeList(), row.Note);
}

/// <summary>Answer to a save: the edition now in force, whether a version was created, and what changed.</summary>
public sealed record CatalogueSaveView(bool Created, IReadOnlyList<string> Changes, CatalogueDocument Catalogue);
