namespace Palermo.Screening;

/// <summary>
/// A secretariat edit of the catalogue in force: new weights and wording for some indicators. Members left
/// out (or null) stay as they are. <see cref="BaseVersion"/>, when given, must be the version in force, so
/// that two editors working at once cannot silently overwrite each other.
/// </summary>
public sealed record LabourCatalogueEdit(
    int? BaseVersion = null,
    IReadOnlyList<IndicatorEdit?>? Indicators = null,
    IReadOnlyList<DimensionEdit?>? Dimensions = null,
    string? Note = null)
{
    /// <summary>Indicators listed at the top level and inside dimensions (the shape GET returns), in that order.</summary>
    public IEnumerable<IndicatorEdit?> AllIndicators() =>
        (Indicators ?? []).Concat((Dimensions ?? []).Where(d => d is not null).SelectMany(d => d!.Indicators ?? []));
}

/// <summary>Lets a client send back the catalogue as <c>GET /screening/catalogue</c> gave it, edited.</summary>
public sealed record DimensionEdit(string? Id, IReadOnlyList<IndicatorEdit?>? Indicators);

/// <summary>Texts are keyed by UN language code; a language left out keeps its text, an empty one is refused.</summary>
public sealed record IndicatorEdit(
    string? Id,
    WeightEdit? Weight = null,
    IReadOnlyDictionary<string, string?>? Name = null,
    IReadOnlyDictionary<string, string?>? Question = null,
    IReadOnlyDictionary<string, string?>? Explanation = null,
    WeightEdit? Strength = null);

/// <summary><c>strong</c>, <c>medium</c> or <c>weak</c> per profile; null keeps the weight.</summary>
public sealed record WeightEdit(string? Adult = null, string? Child = null);

/// <summary>The result of saving: a new version, or (when nothing differed) the version in force, unchanged.</summary>
public sealed record CatalogueSaveResult(LabourCatalogueVersion Version, bool Created, IReadOnlyList<string> Changes);

public static class CatalogueEditErrorCodes
{
    public const string IndicatorUnknown = "catalogue-indicator-unknown";
    public const string WeightInvalid = "catalogue-weight-invalid";
    public const string TextEmpty = "catalogue-text-empty";
    public const string LanguageUnknown = "catalogue-language-unknown";
    public const string Empty = "catalogue-edit-empty";
    public const string Inconsistent = "catalogue-inconsistent";
    public const string VersionConflict = "catalogue-version-conflict";
}
