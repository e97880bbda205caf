using Palermo.Access;
using Palermo.Knowledge;
using Palermo.Search.Analysis;
using Palermo.Search.Knowledge;
using Palermo.Web.Localization;

namespace Palermo.Web.Knowledge;

/// <summary>
/// The query string of a search. <c>lang</c> is the language the query is written in (detected from its script when
/// absent); <c>language</c> filters on the records' language. An unknown facet value gives an empty result, not an error.
/// </summary>
public sealed class KnowledgeSearchParameters
{
    public string? Q { get; set; }
    public string? Lang { get; set; }
    public string? Category { get; set; }
    public string? Country { get; set; }
    public string? Protocol { get; set; }
    public string? Article { get; set; }
    public string? Region { get; set; }
    public string? Language { get; set; }
    public int? Year { get; set; }
    public string? Sort { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }

    /// <summary>
    /// The search to run; null (with no problem) when a facet value names nothing, so the answer is empty. A problem names
    /// its code, the parameter at fault and the argument of its explanation («Detail.{code}»).
    /// </summary>
    public KnowledgeSearchRequest? ToRequest(KnowledgeKind kind, Actor viewer, out (string Code, string Field, object? Argument)? problem)
    {
        problem = null;
        if (Q is not null && (Q.Length > QueryTextValidator.MaxLength || !string.IsNullOrWhiteSpace(Q)))
        {
            var validation = QueryTextValidator.Validate(Q);
            if (!validation.IsValid)
            {
                problem = (validation.Code!, "q", null);
                return null;
            }
        }
        var sort = KnowledgeSort.Relevance;
        if (!string.IsNullOrEmpty(Sort) && !Enum.TryParse(Sort, ignoreCase: true, out sort))
        {
            problem = ("invalid-sort", "sort", Sort.Length > 40 ? Sort[..40] + "…" : Sort);
            return null;
        }
        if (Page is < 1 || PageSize is < 1 or > KnowledgeSearch.MaxPageSize)
        {
            problem = ("invalid-page", Page is < 1 ? "page" : "pageSize", KnowledgeSearch.MaxPageSize);
            return null;
        }
        var named = PrimaryLanguage(Lang);
        if (named is not null && !PalermoLanguages.IsSupported(named)) return null;

        var languages = named is null
            ? KnowledgeQueryPlanner.DetectLanguages(Q, PalermoLocalization.CurrentLanguage())
            : new QueryLanguages(named.ToLowerInvariant(), []);
        var filters = new KnowledgeFilters(Empty(Category), Empty(Protocol), Empty(Article), Empty(Region), Empty(Country), Empty(Language), Year);
        return new KnowledgeSearchRequest(kind, Q, languages.Language, viewer, filters, sort, Page ?? 1, PageSize ?? 20, languages.AlsoWrittenIn);
    }

    /// <summary>The language of a tag as clients send it: «fr-FR», «zh-Hans-CN» and «es_419» name French, Chinese and Spanish.</summary>
    private static string? PrimaryLanguage(string? tag) =>
        string.IsNullOrWhiteSpace(tag) ? null : tag.Trim().Split('-', '_')[0];

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
