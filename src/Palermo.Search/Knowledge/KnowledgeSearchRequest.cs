using Palermo.Access;
using Palermo.Knowledge;

namespace Palermo.Search.Knowledge;

/// <summary>Facet filters; null means «any». A value that names nothing simply matches nothing.</summary>
public sealed record KnowledgeFilters(
    string? Category = null, string? Protocol = null, string? Article = null, string? Region = null,
    string? Country = null, string? Language = null, int? Year = null)
{
    public static readonly KnowledgeFilters None = new();
}

public enum KnowledgeSort
{
    Relevance,
    Date,
}

/// <summary>
/// One search: text (may be empty to browse), its language, filters, order and page (1-based); when the language was
/// guessed without the text deciding it, the other languages its words may be written in.
/// </summary>
public sealed record KnowledgeSearchRequest(
    KnowledgeKind Kind, string? Query, string Language, Actor Viewer,
    KnowledgeFilters? Filters = null, KnowledgeSort Sort = KnowledgeSort.Relevance, int Page = 1, int PageSize = 20,
    IReadOnlyList<string>? AlsoWrittenIn = null);

public sealed record KnowledgeHit(KnowledgeDocument Document, string Snippet, double Score, bool SameLanguage);

/// <summary>A facet value, how many visible records carry it, and (filled in by the web host) its name in the reader's language.</summary>
public sealed record FacetValue(string Value, int Count, string? Label = null);

/// <summary>Facets are counted over the visible, filtered result set — never over records the viewer may not see.</summary>
public sealed record KnowledgeSearchResult(int Total, int Page, int PageSize, IReadOnlyList<KnowledgeHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
