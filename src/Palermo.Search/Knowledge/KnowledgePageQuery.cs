using Palermo.Access;
using System.Globalization;
using Palermo.Knowledge;

namespace Palermo.Search.Knowledge;

/// <summary>How an engine orders the visible matches of a <see cref="KnowledgePageQuery"/>.</summary>
public enum KnowledgeOrder
{
    /// <summary>Same-language hits first, then score, newest, id.</summary>
    Relevance,

    /// <summary>Newest first, then id.</summary>
    Date,

    /// <summary>«More like this»: same-language first, then score, id.</summary>
    Similar,
}

/// <summary>
/// One page of a search as an engine answers it: match, keep what <paramref name="Viewer"/> may see and what passes
/// <paramref name="Filters"/> (and is not <paramref name="Exclude"/>), order, count and facet the whole visible set, and
/// load only the <paramref name="Take"/> documents after <paramref name="Skip"/>. Visibility is part of the engine query,
/// so nothing unpublished reaches hits, facets or counts for a viewer who may not see it.
/// </summary>
/// <param name="Language">The query's language: with <see cref="KnowledgeOrder.Relevance"/> and <see cref="KnowledgeOrder.Similar"/>, documents in it come first.</param>
public sealed record KnowledgePageQuery(
    KnowledgeMatchQuery Match, Actor Viewer, KnowledgeFilters Filters, KnowledgeOrder Order, string Language,
    int Skip, int Take, bool WithFacets, Guid? Exclude = null)
{
    /// <summary>The category filter as the stored code; a text that names no category becomes a code nothing has.</summary>
    public string? CategoryCode => Filters.Category is null ? null
        : KnowledgeCategories.TryParse(Filters.Category, out var category) ? category.Code() : UnknownCategory;

    /// <summary>The code of a category filter that names none: no document has it.</summary>
    public const string UnknownCategory = "\0unknown";

    /// <summary>Protocol, article, region and country filters compare trimmed and ignoring case; the language filter ignoring case.</summary>
    public static string? Trimmed(string? value) => value?.Trim();
}

/// <summary>What an engine answers: how many visible records match in all, the page's matches in order, and the facets.</summary>
public sealed record KnowledgePage(int Total, IReadOnlyList<KnowledgeMatch> Matches, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

/// <summary>Facet counts gathered by an engine, turned into the shape every caller sees (most frequent first, then by value).</summary>
public sealed class KnowledgeFacetCounts
{
    public static readonly IReadOnlyList<string> Names = ["category", "protocol", "article", "region", "country", "language", "year"];

    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        Names.ToDictionary(n => n, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Adds <paramref name="count"/> records carrying <paramref name="value"/> in <paramref name="facet"/>.</summary>
    public void Add(string facet, string value, int count)
    {
        var values = _counts[facet];
        values[value] = values.GetValueOrDefault(value) + count;
    }

    /// <summary>Adds every count of <paramref name="other"/>.</summary>
    public void Add(KnowledgeFacetCounts other)
    {
        foreach (var (facet, values) in other._counts)
        foreach (var (value, count) in values) Add(facet, value, count);
    }

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> ToFacets() =>
        _counts.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<FacetValue>)pair.Value
            .Select(v => new FacetValue(v.Key, v.Value))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
            .ToList(), StringComparer.Ordinal);
}

/// <summary>A document's facet values, in the order of <see cref="KnowledgeFacetCounts.Names"/>, each distinct: what both engines store and count.</summary>
public static class KnowledgeFacetValues
{
    public static string[][] Of(KnowledgeDocument d) =>
    [
        d.Category is null ? [] : [d.Category],
        Distinct(d.Protocols),
        Distinct(d.Articles),
        Distinct(d.Regions),
        Distinct(d.Countries),
        [d.Language],
        d.Year is { } y ? [KnowledgeFacetCounts.Year(y)] : [],
    ];

    private static string[] Distinct(IReadOnlyList<string> values) => [.. values.Distinct(StringComparer.Ordinal)];
}
