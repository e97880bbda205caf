using Palermo.Access;
using Palermo.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Palermo.Knowledge;
using Palermo.Search.Knowledge;
using Palermo.Web.Knowledge;

namespace Palermo.Web.Pages.Knowledge;

/// <summary>The public search page: one box for all six languages, facets, highlighted matches, paging.</summary>
public sealed class IndexModel(KnowledgeSearch search, KnowledgeFacetLabels labels) : PageModel
{
    public KnowledgeSearchParameters Search { get; private set; } = new();
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    public KnowledgeKind RecordKind => string.Equals(Kind, "case-law", StringComparison.Ordinal) ? KnowledgeKind.CaseLaw : KnowledgeKind.Practice;
    public KnowledgeSearchResult? Result { get; private set; }
    public string? ProblemCode { get; private set; }

    /// <summary>The argument of the refused search's explanation («Detail.{code}»), such as the largest page size.</summary>
    public object? ProblemArgument { get; private set; }

    /// <summary>The language the query's words were taken in (null without a query), so a wrong guess can be changed.</summary>
    public string? QueryLanguage { get; private set; }

    /// <summary>Other languages whose records were searched for the same words, when the query did not show its language.</summary>
    public IReadOnlyList<string> QueryAlsoWrittenIn { get; private set; } = [];

    /// <summary>A country's name in the page's language, by ISO alpha-3 code.</summary>
    public Func<string, string> CountryName { get; private set; } = code => code;

    public async Task OnGetAsync()
    {
        var query = Request.Query;
        string? Get(string name) => query.TryGetValue(name, out var v) ? v.ToString() : null;
        int? Number(string name) => int.TryParse(Get(name), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        Search = new KnowledgeSearchParameters
        {
            Q = Get("q"), Lang = Get("lang"), Category = Get("category"), Country = Get("country"), Protocol = Get("protocol"),
            Article = Get("article"), Region = Get("region"), Language = Get("language"), Year = Number("year"), Sort = Get("sort"),
            Page = Number("page"),
        };
        var request = Search.ToRequest(RecordKind, HttpContext.Actor(), out var problem);
        (ProblemCode, ProblemArgument) = (problem?.Code, problem?.Argument);
        QueryLanguage = string.IsNullOrWhiteSpace(Search.Q) ? null : request?.Language;
        QueryAlsoWrittenIn = QueryLanguage is null ? [] : request?.AlsoWrittenIn ?? [];
        Result = request is null
            ? new KnowledgeSearchResult(0, 1, 20, [], new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal))
            : await search.SearchAsync(request);
        Result = Result with { Facets = await labels.LabelAsync(Result.Facets) };
        CountryName = await labels.CountryNamesAsync();
    }

    /// <summary>The facet filters this search applies, as (facet, value), in the facets' order.</summary>
    public IReadOnlyList<(string Facet, string Value)> ActiveFilters =>
    [
        .. new (string Facet, string? Value)[]
        {
            ("category", Search.Category), ("protocol", Search.Protocol), ("article", Search.Article), ("region", Search.Region),
            ("country", Search.Country), ("language", Search.Language),
            ("year", Search.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => (f.Facet, f.Value!.Trim())),
    ];

    /// <summary>This page's address without any facet filter (query, language, kind and order kept).</summary>
    public string LinkWithoutFilters() => Address([.. ActiveFilters.Select(f => (f.Facet, (string?)null))]);

    /// <summary>This page's address with one parameter changed (null removes it); the page number resets unless set.</summary>
    public string Link(string name, string? value) => Address([(name, value)]);

    private string Address(IReadOnlyList<(string Name, string? Value)> changes)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["kind"] = Kind, ["q"] = Search.Q, ["lang"] = Search.Lang, ["category"] = Search.Category, ["country"] = Search.Country,
            ["protocol"] = Search.Protocol, ["article"] = Search.Article, ["region"] = Search.Region, ["language"] = Search.Language,
            ["year"] = Search.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["sort"] = Search.Sort,
        };
        foreach (var (name, value) in changes) values[name] = value;
        var query = string.Join("&", values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value!)}"));
        return "/knowledge" + (query.Length > 0 ? "?" + query : "");
    }
}
